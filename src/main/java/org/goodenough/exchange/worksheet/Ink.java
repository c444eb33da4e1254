package org.goodenough.exchange.worksheet;

/** The few colours of a worksheet, the app's own, calm on paper and in grey. */
enum Ink {
    TEXT(0x2a, 0x2a, 0x28),
    MUTED(0x5d, 0x5f, 0x5c),
    ACCENT(0x2f, 0x6b, 0x66),
    LINE(0xc4, 0xbf, 0xb3);

    final float red;
    final float green;
    final float blue;

    Ink(int red, int green, int blue) {
        this.red = red / 255f;
        this.green = green / 255f;
        this.blue = blue / 255f;
    }
}
