from pelican import signals


def register():
    signals.content_object_init.connect(lambda content: None)
