"""Walk AnswerLetter's AT-SPI tree over D-Bus (system python3 with python3-dbus)."""

import sys
import time

import dbus

ACCESSIBLE, TEXT = "org.a11y.atspi.Accessible", "org.a11y.atspi.Text"
PROPERTIES = "org.freedesktop.DBus.Properties"
session = dbus.SessionBus()
address = session.get_object("org.a11y.Bus", "/org/a11y/bus").GetAddress(
    dbus_interface="org.a11y.Bus"
)
bus = dbus.bus.BusConnection(address)


def node(name, path):
    return bus.get_object(name, path, introspect=False)


def walk(name, path, depth, found):
    if depth > 30:
        return
    item = node(name, path)
    role = str(item.GetRoleName(dbus_interface=ACCESSIBLE))
    label = str(item.Get(ACCESSIBLE, "Name", dbus_interface=PROPERTIES))
    found.append((name, path, role, label))
    for child_name, child_path in item.GetChildren(dbus_interface=ACCESSIBLE):
        walk(child_name, child_path, depth + 1, found)


found = []
noted = False
registry = node("org.a11y.atspi.Registry", "/org/a11y/atspi/accessible/root")
for name, path in registry.GetChildren(dbus_interface=ACCESSIBLE):
    walk(name, path, 0, found)
print(f"{len(found)} accessible objects")
ok = False
for name, path, role, label in found:
    if label not in ("Preview", "Question text", "Answer text") or role == "menu item":
        continue
    item = node(name, path)
    count = int(item.Get(TEXT, "CharacterCount", dbus_interface=PROPERTIES))
    for _ in range(40):  # the preview's text is made (off the GUI thread) once asked for
        if count or label != "Preview":
            break
        time.sleep(0.5)
        count = int(item.Get(TEXT, "CharacterCount", dbus_interface=PROPERTIES))
    text = str(item.GetText(0, -1, dbus_interface=TEXT))
    line = item.GetTextAtOffset(40, 4, dbus_interface=TEXT)  # the line at offset 40
    description = str(item.Get(ACCESSIBLE, "Description", dbus_interface=PROPERTIES))
    print(f"\n{role} {label!r} ({count} characters; description {description!r})")
    print("  line at 40:", repr(str(line[0])))
    print("  " + text[:400].replace("\n", "\n  "))
    if label == "Preview":
        ok = role in ("document", "document frame") and "Pagina 1 van" in text
    if label == "Question text":
        # The app put the caret after the question's footnote mark.
        noted = description.startswith(("footnote 1: ", "voetnoot 1: "))
print("\nPREVIEW TEXT OK" if ok else "\nFAIL: the preview has no text")
print("FOOTNOTE DESCRIBED" if noted else "FAIL: the footnote mark is not described")
sys.exit(0 if ok and noted else 1)
