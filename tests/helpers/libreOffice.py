"""Drives one headless LibreOffice through Python-UNO for the interop tests.

Started by tests/helpers/libreOffice.ts with Debian's /usr/bin/python3 (python3-uno). It starts
its own soffice in a fresh profile (argv[1]: the profile folder, argv[2]: a pipe name), then
answers one JSON request per stdin line with one JSON reply per stdout line:

  {"id": 1, "op": "convert", "input": "/abs/in.docx", "output": "/abs/out.docx",
   "filter": "MS Word 2007 XML" | "writer_pdf_Export", "review": "accept" | "reject" | "none",
   "inputFilter": "Text (encoded)", "inputOptions": "UTF8"}      (the last two optional: a .txt)
  -> {"id": 1, "ok": true, "redlines": <tracked changes left after the review>}
  {"id": 2, "op": "quit"} -> {"id": 2, "ok": true}, then soffice is ended and the script exits.

A failed request replies {"id": …, "ok": false, "error": "…"}. The soffice it started is ended
when the script ends, however it ends (stdin closed, quit, an exception). soffice stays in this
script's process group, which the TypeScript side started as a group of its own: ending that
group ends exactly the processes of one test file's LibreOffice, never another's.
"""

import json
import os
import signal
import subprocess
import sys
import time

import uno
from com.sun.star.beans import PropertyValue

SOFFICE = "/usr/lib/libreoffice/program/soffice"
CONNECT_SECONDS = 60


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def start_office(profile, pipe):
    return subprocess.Popen(
        [
            SOFFICE,
            "-env:UserInstallation=" + uno.systemPathToFileUrl(profile),
            "--headless",
            "--invisible",
            "--nologo",
            "--norestore",
            "--nodefault",
            "--nolockcheck",
            "--accept=pipe,name=%s;urp;StarOffice.ComponentContext" % pipe,
        ],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def connect(office, pipe):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    deadline = time.monotonic() + CONNECT_SECONDS
    while True:
        try:
            ctx = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
            smgr = ctx.ServiceManager
            return smgr.createInstanceWithContext("com.sun.star.frame.Desktop", ctx), smgr.createInstanceWithContext(
                "com.sun.star.frame.DispatchHelper", ctx
            )
        except Exception:
            # A first start in a fresh profile ends soffice.bin once (exit 81) and oosplash starts it again.
            if office.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("LibreOffice did not start (exit %s)" % office.poll())
            time.sleep(0.2)


def convert(desktop, dispatcher, request):
    url = uno.systemPathToFileUrl(request["input"])
    load = [prop("Hidden", True), prop("ReadOnly", False)]
    if request.get("inputFilter"):
        load += [prop("FilterName", request["inputFilter"]), prop("FilterOptions", request.get("inputOptions", ""))]
    doc = desktop.loadComponentFromURL(url, "_blank", 0, tuple(load))
    if doc is None:
        raise RuntimeError("LibreOffice could not open " + request["input"])
    try:
        review = request.get("review", "none")
        if review != "none":
            command = ".uno:AcceptAllTrackedChanges" if review == "accept" else ".uno:RejectAllTrackedChanges"
            dispatcher.executeDispatch(doc.getCurrentController().getFrame(), command, "", 0, ())
        left = doc.getRedlines().createEnumeration()
        redlines = 0
        while left.hasMoreElements():
            left.nextElement()
            redlines += 1
        doc.storeToURL(uno.systemPathToFileUrl(request["output"]), (prop("FilterName", request["filter"]), prop("Overwrite", True)))
        return {"redlines": redlines}
    finally:
        doc.close(True)


def main():
    profile, pipe = sys.argv[1], sys.argv[2]
    office = start_office(profile, pipe)
    try:
        desktop, dispatcher = connect(office, pipe)
        print(json.dumps({"id": 0, "ok": True, "ready": True}), flush=True)
        for line in sys.stdin:
            request = json.loads(line)
            try:
                if request["op"] == "quit":
                    print(json.dumps({"id": request["id"], "ok": True}), flush=True)
                    try:
                        desktop.terminate()
                    except Exception:
                        pass  # the bridge goes down as soffice ends
                    break
                result = convert(desktop, dispatcher, request)
                print(json.dumps({"id": request["id"], "ok": True, **result}), flush=True)
            except Exception as error:  # reported to the test, which fails with it
                print(json.dumps({"id": request.get("id"), "ok": False, "error": repr(error)}), flush=True)
    finally:
        try:
            office.wait(timeout=10)
        except subprocess.TimeoutExpired:
            if os.getpgid(0) == os.getpid():
                # Our own group (started so by libreOffice.ts): soffice, oosplash, soffice.bin and this script.
                os.killpg(os.getpid(), signal.SIGKILL)
            office.kill()
            office.wait()


if __name__ == "__main__":
    main()
