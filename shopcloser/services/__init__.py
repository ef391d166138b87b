"""Use cases: what the merchant asks the app to do, for the GUI and the CLI alike."""
