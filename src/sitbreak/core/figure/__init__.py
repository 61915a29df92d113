"""The routine window's demonstrator figure: skeleton, pose math, camera. Pure, no Qt."""
