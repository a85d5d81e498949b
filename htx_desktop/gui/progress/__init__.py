"""Parts of the progress page (`gui.progress_page.ProgressPage`): its tables, chart and drill-down dialog."""
