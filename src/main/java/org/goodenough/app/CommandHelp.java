package org.goodenough.app;

/** What {@code --help} prints for the app and for each command. */
final class CommandHelp {

    static final String APP = """
            Usage: good-enough [--journal PATH] [--demo]
                   good-enough COMMAND [OPTIONS]

            With no command, opens Good Enough, a private journal for planned mistake exposures.

              --journal PATH  the journal to use instead of the default one
              --demo          open a made-up person's demo journal instead; nothing done in
                              it is kept, and your own journal is not opened
              --help          show this help

            Commands, for scripts and backups (none opens a window):
              export   write the journal, or one ladder, as JSON, CSV or Markdown
              import   add what a JSON export holds to the journal
              backup   make a consistent copy of the journal
              check    check a journal's integrity and version

            Run good-enough COMMAND --help for its options. Exit status: 0 when the command
            did what it was asked, 1 when it could not (the reason is on standard error),
            2 when the command line was wrong.""";

    static final String EXPORT = """
            Usage: good-enough export [--journal PATH] --format json|csv|md --out FILE [--ladder NAME]

            Writes the journal to FILE. The file appears only once it is complete.
              --format json  everything, in the documented format that import reads back
              --format csv   one row per exposure with its reflection, for a spreadsheet
              --format md    a readable Markdown journal
              --ladder NAME  only that ladder and the exposures on it""";

    static final String IMPORT = """
            Usage: good-enough import [--journal PATH] FILE

            Adds what the JSON export FILE holds to the journal, in one step. The whole file is
            checked first; if anything in it is wrong, nothing is imported and the reason names
            the line and field. Records the journal already holds stay as they are, so importing
            the same file twice adds nothing the second time. A journal that does not exist yet
            is created.""";

    static final String BACKUP = """
            Usage: good-enough backup [--journal PATH] --out FILE

            Makes a consistent copy of the journal at FILE with SQLite's online backup, safe
            while the app has the journal open. FILE must not exist yet.""";

    static final String CHECK = """
            Usage: good-enough check [--journal PATH]

            Checks the journal without changing it: that it is a Good Enough journal, which
            version it is, and that SQLite's integrity check finds nothing wrong. Exits with 0
            when all is well and 1 otherwise.""";

    private CommandHelp() {
    }
}
