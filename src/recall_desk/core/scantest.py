"""The scanner test: does the keyboard layout garble what a USB scanner types?

A scanner sends key positions for a US layout; a computer set to AZERTY,
QWERTZ or UK reads some of them as other characters.  The test code holds
characters that move on each of those layouts.
"""

from __future__ import annotations

SCAN_TEST_CODE = "QAZWYM-19/@#"

# What each layout makes of SCAN_TEST_CODE when the scanner is set to US.
_LAYOUTS = {
    "AZERTY (French/Belgian)": "AQWZY?)&ç!23",
    "QWERTZ (German/Swiss)": 'QAYWZMß19-"§',
    "UK": 'QAZWYM-19/"£',
}


def diagnose(received: str) -> tuple[bool, str]:
    """(ok, advice) for what arrived when SCAN_TEST_CODE was scanned."""
    got = received.strip("\r\n\t")
    if got == SCAN_TEST_CODE:
        return True, "Scans arrive as printed: the scanner and this computer's keyboard layout agree."
    if not got:
        return False, "Nothing arrived: check the scanner's cable, and that it ends scans with Enter."
    for layout, garbled in _LAYOUTS.items():
        same = sum(a == b for a, b in zip(got, garbled, strict=False))
        if len(got) == len(garbled) and same >= len(garbled) - 2:
            return False, (
                f"Scans are garbled the way a {layout} keyboard layout garbles a US scanner "
                f"(expected {SCAN_TEST_CODE}, got {got}). Set the scanner to the {layout} layout "
                "(most scanners have a setup barcode for it in their manual), or set this computer's "
                "keyboard layout to US while scanning."
            )
    if got.upper() == SCAN_TEST_CODE.upper():
        return False, "Letters arrive in the wrong case: check Caps Lock, or the scanner's case setting."
    return False, (
        f"Scans arrive changed (expected {SCAN_TEST_CODE}, got {got}). Check the scanner's keyboard "
        "layout setting against this computer's."
    )
