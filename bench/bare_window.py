"""The floor: a bare PySide6 window, shown once, then exit. Everything is measured against it."""

import sys

from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1280, 760)
window.show()
app.processEvents()
window.close()
