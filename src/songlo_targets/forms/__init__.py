"""Progress forms (issue 23): one XLSX per unit to fill in at a checkpoint, read back."""
