def potong(kata: str) -> str:
    """Kata dasar dari ``kata``."""
    return kata.removeprefix("per").removesuffix("an")
