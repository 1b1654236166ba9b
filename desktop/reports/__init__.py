"""Printed documents: official layout (Nghị định 30/2020), monthly report, workbook export."""
