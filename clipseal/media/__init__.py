"""Video I/O on PyAV (FFmpeg): probe, stream frames out, write H.264 MP4 with the audio kept.

``read`` checks, probes and decodes (streaming, one frame at a time); ``write`` writes atomically (a
temporary file beside the target, renamed only when complete); ``audio`` carries a source clip's audio
into the output; ``convert`` converts pixel formats the way FFmpeg does. The names below are what the
other packages use.
"""

from clipseal.media.convert import rgb_to_yuv420p, yuv420p_to_rgb
from clipseal.media.read import (VIDEO_EXTENSIONS, VIDEO_SUFFIXES, Frame, VideoInfo, open_input, probe, read_frames,
                                 yuv_frames)
from clipseal.media.audio import write_wav
from clipseal.media.write import VideoWriter, transcode, write_video

__all__ = [
    "VIDEO_EXTENSIONS", "VIDEO_SUFFIXES", "Frame", "VideoInfo", "VideoWriter", "open_input", "probe", "read_frames",
    "rgb_to_yuv420p", "transcode", "write_video", "write_wav", "yuv420p_to_rgb", "yuv_frames",
]
