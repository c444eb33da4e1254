#!/usr/bin/env python3
"""Draws the Good Enough icon: a cream brush circle, left a little open, on a sage tile.

Run from this folder; needs ImageMagick 6 (`convert`). Writes good-enough.png (Linux, 512 px),
good-enough.ico (Windows, 16-256 px) and good-enough.icns (macOS, 128-512 px PNGs inside), and
the window's own icons (16-128 px PNGs) into the app's resources, for a window started without
an installer.
"""
import math
import struct
import os
import subprocess
import tempfile

SCALE = 4  # drawn four times larger, then scaled down: smooth edges without a vector renderer
SIZE = 512
WINDOW_SIZES = [16, 32, 48, 64, 128]
WINDOW_ICONS = "../../resources/org/goodenough/ui/icons"
TILE = "#7A9E91"
INK = "#F7F2E8"


def brush_circle():
    """The circle as overlapping dots: thick where the brush lands, thinner where it lifts."""
    centre, radius = 256 * SCALE, 132 * SCALE
    start, end = -62.0, 262.0
    dots = []
    angle = start
    while angle <= end:
        along = (angle - start) / (end - start)
        width = (27 - 11 * along) * SCALE
        x = centre + radius * math.cos(math.radians(angle))
        y = centre + radius * math.sin(math.radians(angle))
        dots.append(f"circle {x:.1f},{y:.1f} {x + width:.1f},{y:.1f}")
        angle += 0.2
    return " ".join(dots)


def convert(*args):
    subprocess.run(["convert", *args], check=True)


def icns(pngs, target):
    """An .icns file is a header and one typed block per size; these types hold PNG data."""
    blocks = b""
    for kind, path in pngs:
        with open(path, "rb") as data:
            body = data.read()
        blocks += kind.encode("ascii") + struct.pack(">I", len(body) + 8) + body
    with open(target, "wb") as out:
        out.write(b"icns" + struct.pack(">I", len(blocks) + 8) + blocks)


def main():
    big = SIZE * SCALE
    edge, corner = 20 * SCALE, 104 * SCALE
    convert("-size", f"{big}x{big}", "xc:none",
            "-fill", TILE, "-draw",
            f"roundrectangle {edge},{edge} {big - edge - 1},{big - edge - 1} {corner},{corner}",
            "-fill", INK, "-stroke", "none", "-draw", brush_circle(),
            "-resize", f"{SIZE}x{SIZE}", "-depth", "8", "-define", "png:exclude-chunks=date,time",
            "PNG32:good-enough.png")
    convert("good-enough.png", "-define", "icon:auto-resize=256,128,64,48,32,16",
            "good-enough.ico")
    sizes = [("ic07", 128), ("ic08", 256), ("ic09", 512)]
    with tempfile.TemporaryDirectory() as scratch:
        pngs = [(kind, os.path.join(scratch, f"{px}.png")) for kind, px in sizes]
        for (_, path), (_, px) in zip(pngs, sizes):
            convert("good-enough.png", "-resize", f"{px}x{px}",
                    "-define", "png:exclude-chunks=date,time", f"PNG32:{path}")
        icns(pngs, "good-enough.icns")
    os.makedirs(WINDOW_ICONS, exist_ok=True)
    for px in WINDOW_SIZES:
        convert("good-enough.png", "-resize", f"{px}x{px}", "-strip",
                "-define", "png:exclude-chunks=date,time",
                f"PNG32:{WINDOW_ICONS}/good-enough-{px}.png")


if __name__ == "__main__":
    main()
