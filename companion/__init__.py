"""Renraku Companion (連絡コンパニオン): a calm companion for silent counterparties."""

__version__ = "0.1.0"
APP_NAME = "RenrakuCompanion"
APP_AUTHOR = "RenrakuCompanion"
