"""Reading and writing files: the seller centre's exports, and our own workbooks."""
