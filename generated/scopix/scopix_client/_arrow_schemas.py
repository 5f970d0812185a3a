"""Arrow schemas of specs/scopix.yaml's object schemas and its export records
(written by scripts/arrow_schemas.py).

By normalized model name: [column, type, nullable] per property, types as
described in `_runtime/columnar/schema.py`. No pyarrow here: it is imported only when asked for."""

from typing import Any

SCHEMAS: dict[str, list[list[Any]]] = {
    "dailycount": [["date", "date", False], ["count", "int64", False]],
    "description": [
        ["id", "string", False],
        ["type", "string", False],
        ["source_type", "string", False],
        ["source_id", "string", False],
        ["created_at", "timestamp[UTC]", False],
        ["image_url", "string", False],
        ["description", "string", False],
        ["confidence_score", "float64", True],
        [
            "verification",
            [
                "struct",
                [
                    ["status", "string", True],
                    ["verified_by", "string", True],
                    ["verified_at", "timestamp[UTC]", True],
                    ["notes", "string", True],
                ],
            ],
            True,
        ],
        ["image_id", "string", False],
        ["metadata", "json", False],
    ],
    "descriptionspage": [
        [
            "items",
            [
                "list",
                [
                    "struct",
                    [
                        ["id", "string", False],
                        ["type", "string", False],
                        ["source_type", "string", False],
                        ["source_id", "string", False],
                        ["created_at", "timestamp[UTC]", False],
                        ["image_url", "string", False],
                        ["description", "string", False],
                        ["confidence_score", "float64", True],
                        [
                            "verification",
                            [
                                "struct",
                                [
                                    ["status", "string", True],
                                    ["verified_by", "string", True],
                                    ["verified_at", "timestamp[UTC]", True],
                                    ["notes", "string", True],
                                ],
                            ],
                            True,
                        ],
                        ["image_id", "string", False],
                        ["metadata", "json", False],
                    ],
                ],
            ],
            False,
        ],
        ["total_count", "int64", False],
        ["limit", "int64", False],
        ["offset", "int64", False],
        ["has_more", "bool", False],
        [
            "statistics",
            [
                "struct",
                [
                    ["total_count", "int64", False],
                    ["average_confidence", "float64", True],
                    ["confidence_distribution", "json", False],
                    ["daily_counts", ["list", ["struct", [["date", "date", False], ["count", "int64", False]]]], False],
                    ["source_distribution", "json", False],
                ],
            ],
            False,
        ],
        [
            "filters_applied",
            [
                "struct",
                [
                    ["date_range_applied", "bool", False],
                    ["confidence_range_applied", "bool", False],
                    ["search_applied", "bool", False],
                    ["source_types_filtered", "bool", False],
                    ["filter_summary", "string", False],
                ],
            ],
            False,
        ],
    ],
    "errormessage": [["detail", "string", False]],
    "export": [
        ["export_id", "string", False],
        ["status", "string", False],
        ["download_url", "string", True],
        ["record_count", "int64", True],
        ["format", "dictionary", False],
        ["created_at", "timestamp[UTC]", False],
        ["estimated_completion_time", "timestamp[UTC]", True],
        ["error_message", "string", True],
    ],
    "exportrequest": [
        ["data_type", "dictionary", False],
        ["format", "dictionary", False],
        ["start_date", "timestamp[UTC]", True],
        ["end_date", "timestamp[UTC]", True],
        ["min_confidence", "float64", True],
        ["max_confidence", "float64", True],
        ["search_terms", ["list", "string"], True],
        ["source_types", ["list", "string"], True],
        ["include_metadata", "bool", True],
        ["include_failed", "bool", True],
        ["fields", ["list", "string"], True],
        ["limit", "int64", True],
    ],
    "filtersapplied": [
        ["date_range_applied", "bool", False],
        ["confidence_range_applied", "bool", False],
        ["search_applied", "bool", False],
        ["source_types_filtered", "bool", False],
        ["filter_summary", "string", False],
    ],
    "statistics": [
        ["total_count", "int64", False],
        ["average_confidence", "float64", True],
        ["confidence_distribution", "json", False],
        ["daily_counts", ["list", ["struct", [["date", "date", False], ["count", "int64", False]]]], False],
        ["source_distribution", "json", False],
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
    "verification": [
        ["status", "string", True],
        ["verified_by", "string", True],
        ["verified_at", "timestamp[UTC]", True],
        ["notes", "string", True],
    ],
    "scopixexportrecord": [
        ["id", "string", False],
        ["type", "string", True],
        ["source_type", "string", True],
        ["source_id", "string", True],
        ["created_at", "timestamp[UTC]", True],
        ["image_url", "string", True],
        ["description", "string", True],
        ["confidence_score", "float64", True],
        [
            "verification",
            [
                "struct",
                [
                    ["status", "string", True],
                    ["verified_by", "string", True],
                    ["verified_at", "timestamp[UTC]", True],
                    ["notes", "string", True],
                ],
            ],
            True,
        ],
        ["image_id", "string", True],
        ["metadata", "json", True],
    ],
}
