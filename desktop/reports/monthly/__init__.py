"""The monthly report (báo cáo tháng): the period's figures composed from every area's providers."""
