"""Renraku Companion (連絡コンパニオン): a calm companion for silent counterparties."""

__version__ = "0.1.0"
APP_NAME = "RenrakuCompanion"  # the data folder's name (platformdirs): never change it
APP_ID = "jp.renraku.Companion"  # desktop file, icon, WM_CLASS / Wayland app id
APP_AUTHOR = "RenrakuCompanion"
