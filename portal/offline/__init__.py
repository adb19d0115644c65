"""Reading the portal offline: the web app manifest, the service worker, "keep for offline" lists and low-data mode."""
