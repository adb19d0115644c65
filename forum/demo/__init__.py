from .loader import load_demo_content

__all__ = ["load_demo_content"]
