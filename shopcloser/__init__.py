"""ShopCloser: close a Taobao/Tmall shop, or its order insurance, without loose ends."""

__version__ = "0.1.0"
APP_NAME = "ShopCloser"
