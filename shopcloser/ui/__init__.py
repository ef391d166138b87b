"""The Qt window. Everything here talks to the store only through ``services``."""
