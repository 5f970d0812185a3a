"""Arrow schemas of specs/citylens.yaml's object schemas and its export records
(written by scripts/arrow_schemas.py).

By normalized model name: [column, type, nullable] per property, types as
described in `_runtime/columnar/schema.py`. No pyarrow here: it is imported only when asked for."""

from typing import Any

SCHEMAS: dict[str, list[list[Any]]] = {
    "boundingbox": [
        ["x_from", "int64", False],
        ["y_from", "int64", False],
        ["width", "int64", False],
        ["height", "int64", False],
    ],
    "detectedobject": [
        ["id", "int64", False],
        ["lon", "float64", False],
        ["lat", "float64", False],
        ["type", "string", False],
        ["label", "string", False],
        ["name", "string", False],
        ["value", "float64", True],
        ["is_tmp", "bool", False],
        ["first_seen_datetime", "timestamp", False],
        ["last_seen_datetime", "timestamp", False],
        [
            "bbox",
            [
                "struct",
                [
                    ["x_from", "int64", False],
                    ["y_from", "int64", False],
                    ["width", "int64", False],
                    ["height", "int64", False],
                ],
            ],
            False,
        ],
        ["frame_id", "int64", False],
        ["frame_url", "string", False],
        ["frame_url_with_detections", "string", False],
    ],
    "detectedobjectspage": [
        [
            "detected_objects",
            [
                "list",
                [
                    "struct",
                    [
                        ["id", "int64", False],
                        ["lon", "float64", False],
                        ["lat", "float64", False],
                        ["type", "string", False],
                        ["label", "string", False],
                        ["name", "string", False],
                        ["value", "float64", True],
                        ["is_tmp", "bool", False],
                        ["first_seen_datetime", "timestamp", False],
                        ["last_seen_datetime", "timestamp", False],
                        [
                            "bbox",
                            [
                                "struct",
                                [
                                    ["x_from", "int64", False],
                                    ["y_from", "int64", False],
                                    ["width", "int64", False],
                                    ["height", "int64", False],
                                ],
                            ],
                            False,
                        ],
                        ["frame_id", "int64", False],
                        ["frame_url", "string", False],
                        ["frame_url_with_detections", "string", False],
                    ],
                ],
            ],
            False,
        ],
        ["total_count", "int64", False],
        ["limit", "int64", False],
        ["offset", "int64", False],
        ["processed", "bool", True],
    ],
    "detector": [["name", "string", False], ["title", "string", False]],
    "detectorlist": [
        ["detectors", ["list", ["struct", [["name", "string", False], ["title", "string", False]]]], False]
    ],
    "errormessage": [["detail", "string", False]],
    "frame": [
        ["id", "int64", False],
        ["lat", "float64", False],
        ["lon", "float64", False],
        ["azimuth", "float64", True],
        ["date", "timestamp", False],
        ["frame_url", "string", True],
        ["frame_url_with_detections", "string", True],
    ],
    "framespage": [
        [
            "frames",
            [
                "list",
                [
                    "struct",
                    [
                        ["id", "int64", False],
                        ["lat", "float64", False],
                        ["lon", "float64", False],
                        ["azimuth", "float64", True],
                        ["date", "timestamp", False],
                        ["frame_url", "string", True],
                        ["frame_url_with_detections", "string", True],
                    ],
                ],
            ],
            False,
        ],
        ["total_count", "int64", False],
        ["limit", "int64", False],
        ["offset", "int64", False],
    ],
    "validationerrorbody": [
        [
            "detail",
            [
                "list",
                ["struct", [["loc", ["list", "json"], False], ["msg", "string", False], ["type", "string", False]]],
            ],
            False,
        ]
    ],
    "validationerroritem": [["loc", ["list", "json"], False], ["msg", "string", False], ["type", "string", False]],
}
