"""Set up and run the whole stack: index, model, action server and engine."""
