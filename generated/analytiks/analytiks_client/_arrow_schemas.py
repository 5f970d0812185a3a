"""Arrow schemas of specs/analytiks.yaml's object schemas and its export records
(written by scripts/arrow_schemas.py).

By normalized model name: [column, type, nullable] per property, types as
described in `_runtime/columnar/schema.py`. No pyarrow here: it is imported only when asked for."""

from typing import Any

SCHEMAS: dict[str, list[list[Any]]] = {
    "exporterror": [
        ["error", "string", False],
        ["message", "string", False],
        ["locations", ["list", "int64"], True],
        ["referenceNumbers", ["list", "string"], True],
    ],
    "exportfailures": [
        ["description", "string", True],
        ["locations", ["list", "int64"], True],
        ["referenceNumbers", ["list", "string"], True],
    ],
    "exportv2response": [
        [
            "successes",
            [
                "list",
                [
                    "struct",
                    [
                        ["locationId", "int64", False],
                        ["referenceNumber", "string", True],
                        ["visits", "json", True],
                        ["dwellTime", "json", True],
                        ["groupVisits", "json", True],
                        ["bounces", "json", True],
                        ["allVisits", "json", True],
                        ["peakOccupancy", "json", True],
                        ["walkBys", "json", True],
                        [
                            "pointOfInterest",
                            [
                                "list",
                                [
                                    "struct",
                                    [
                                        ["id", "string", False],
                                        ["visits", "json", True],
                                        ["dwellTime", "json", True],
                                        ["peakVisits", "json", True],
                                    ],
                                ],
                            ],
                            True,
                        ],
                    ],
                ],
            ],
            False,
        ],
        [
            "failures",
            [
                "struct",
                [
                    ["description", "string", True],
                    ["locations", ["list", "int64"], True],
                    ["referenceNumbers", ["list", "string"], True],
                ],
            ],
            False,
        ],
    ],
    "exportv3request": [
        ["startDate", "string", False],
        ["endDate", "string", False],
        ["interval", "dictionary", True],
        ["brandId", "int64", False],
        ["cursor", "string", True],
    ],
    "exportv3response": [
        ["cursor", "string", True],
        [
            "data",
            [
                "list",
                [
                    "struct",
                    [
                        ["locationId", "int64", False],
                        ["referenceNumber", "string", True],
                        ["visits", "json", True],
                        ["dwellTime", "json", True],
                        ["groupVisits", "json", True],
                        ["bounces", "json", True],
                        ["allVisits", "json", True],
                        ["peakOccupancy", "json", True],
                        ["walkBys", "json", True],
                        [
                            "pointOfInterest",
                            [
                                "list",
                                [
                                    "struct",
                                    [
                                        ["id", "string", False],
                                        ["visits", "json", True],
                                        ["dwellTime", "json", True],
                                        ["peakVisits", "json", True],
                                    ],
                                ],
                            ],
                            True,
                        ],
                    ],
                ],
            ],
            False,
        ],
    ],
    "locationdata": [
        ["locationId", "int64", False],
        ["referenceNumber", "string", True],
        ["visits", "json", True],
        ["dwellTime", "json", True],
        ["groupVisits", "json", True],
        ["bounces", "json", True],
        ["allVisits", "json", True],
        ["peakOccupancy", "json", True],
        ["walkBys", "json", True],
        [
            "pointOfInterest",
            [
                "list",
                [
                    "struct",
                    [
                        ["id", "string", False],
                        ["visits", "json", True],
                        ["dwellTime", "json", True],
                        ["peakVisits", "json", True],
                    ],
                ],
            ],
            True,
        ],
    ],
    "locationidsexportrequest": [
        ["startDate", "string", False],
        ["endDate", "string", False],
        ["interval", "dictionary", True],
        ["locations", ["list", "int64"], False],
    ],
    "oautherror": [["error", "string", False], ["error_description", "string", False]],
    "pointofinterestdata": [
        ["id", "string", False],
        ["visits", "json", True],
        ["dwellTime", "json", True],
        ["peakVisits", "json", True],
    ],
    "referencenumbersexportrequest": [
        ["startDate", "string", False],
        ["endDate", "string", False],
        ["interval", "dictionary", True],
        ["brandId", "int64", False],
        ["referenceNumbers", ["list", "string"], False],
    ],
    "tokenrequest": [
        ["client_id", "string", False],
        ["client_secret", "string", False],
        ["audience", "string", True],
        ["grant_type", "dictionary", True],
    ],
    "tokenresponse": [
        ["access_token", "string", False],
        ["expires_in", "int64", False],
        ["token_type", "string", False],
    ],
}
