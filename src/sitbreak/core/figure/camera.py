"""Projection: world point -> screen plane (metres, y up) plus depth for ordering."""

from __future__ import annotations

from dataclasses import dataclass

from sitbreak.core.figure import vec
from sitbreak.core.figure.animation import Camera, Vec3

_SUBJECT_SIZE = 2.0  # metres; perspective is relative to a figure-sized subject


@dataclass(frozen=True)
class Projected:
    x: float  # screen right
    y: float  # screen up
    depth: float  # larger is farther from the viewer


@dataclass(frozen=True)
class View:
    camera: Camera
    target: Vec3  # the world point at the centre of the view

    def project(self, point: Vec3) -> Projected:
        rotation = vec.matmul(vec.rot_x(self.camera.pitch), vec.rot_y(-self.camera.yaw))
        x, y, z = vec.apply(rotation, vec.sub(point, self.target))
        depth = -z
        factor = self.scale_at(depth)
        return Projected(x * factor, y * factor, depth)

    def toward_viewer(self) -> Vec3:
        """The unit world direction from the subject to the camera."""
        inverse = vec.matmul(vec.rot_y(self.camera.yaw), vec.rot_x(-self.camera.pitch))
        return vec.apply(inverse, (0.0, 0.0, 1.0))

    def scale_at(self, depth: float) -> float:
        """How much a length at this depth shrinks (1 for an orthographic camera)."""
        if self.camera.perspective <= 0:
            return 1.0
        distance = _SUBJECT_SIZE / self.camera.perspective
        return distance / max(distance + depth, 1e-3)
