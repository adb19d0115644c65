"""Checks every upload of the portal passes, whatever app receives it (forum attachments, evidence PDFs)."""
