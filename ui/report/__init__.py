"""Printing and PDF: the summary and blank worksheets laid out as vector pages."""
