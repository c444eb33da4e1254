package org.goodenough.ui.today;

import java.awt.AWTException;
import java.awt.SystemTray;
import java.awt.TrayIcon;
import java.awt.image.BufferedImage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Windows' notifications, through a small tray icon added the first time a reminder comes and
 * kept while the app runs. Where the system has no tray, every reminder shows in the window.
 */
final class TrayMessage implements DesktopNotifier {

    private static final Logger LOG = LoggerFactory.getLogger(TrayMessage.class);
    private TrayIcon icon;

    private TrayMessage() {
    }

    /** The tray's messages; whether the system has a tray is asked with the first reminder. */
    static DesktopNotifier ifSupported() {
        return new TrayMessage();
    }

    @Override
    public synchronized boolean show(String title, String text) {
        try {
            if (icon == null) {
                if (!SystemTray.isSupported()) {
                    return false;
                }
                TrayIcon added = new TrayIcon(new BufferedImage(16, 16, BufferedImage.TYPE_INT_ARGB),
                        "Good Enough");
                added.setImageAutoSize(true);
                SystemTray.getSystemTray().add(added);
                icon = added;
            }
            icon.displayMessage(title, text, TrayIcon.MessageType.NONE);
            return true;
        } catch (AWTException | RuntimeException | LinkageError e) {
            LOG.info("The system tray would not show a reminder; the window shows it");
            return false;
        }
    }

    /** Removes the tray icon, so nothing of the app's stays in the tray or keeps it running. */
    @Override
    public synchronized void close() {
        if (icon != null) {
            SystemTray.getSystemTray().remove(icon);
            icon = null;
        }
    }
}
