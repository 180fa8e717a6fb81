"""QtCore glue between the Qt-free core and the widgets: worker threads, pools, services."""
