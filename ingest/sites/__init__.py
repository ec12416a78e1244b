"""Site generators: which one made an input root, what its configuration says, where it
publishes each page, and its own syntax in a body."""
