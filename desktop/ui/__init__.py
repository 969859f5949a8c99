"""The windows: widgets, item models, dialogs, and the start-up that puts them on an app session."""
