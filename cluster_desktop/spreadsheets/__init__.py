"""Spreadsheets in and out: reading XLSX/CSV lists, writing any list as XLSX or CSV."""
