"""Printed documents (ReportLab): certificate blanks, the certificate registry book, their fonts, texts and QR codes.

Nothing here touches the database: callers pass plain data in and get PDF bytes
or files out, so the same code serves the window, the command line and tests.
"""
