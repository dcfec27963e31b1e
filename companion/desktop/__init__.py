"""The non-widget Qt integration with the desktop: the reminder scheduler, the tray icon and its
menu, notifications, one instance per data folder, start at login, and the translations."""
