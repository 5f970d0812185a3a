"""Contains all the data models used in inputs/outputs"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .active_learning_heuristic import ActiveLearningHeuristic
    from .activity_type import ActivityType
    from .activity_type_list import ActivityTypeList
    from .activity_type_request import ActivityTypeRequest
    from .add_image_tag import AddImageTag
    from .attribute import Attribute
    from .attribute_class import AttributeClass
    from .attribute_class_ref import AttributeClassRef
    from .attribute_list import AttributeList
    from .attribute_lov import AttributeLOV
    from .attribute_request import AttributeRequest
    from .attribute_subject_type import AttributeSubjectType
    from .attribute_type import AttributeType
    from .automated_labeling_job import AutomatedLabelingJob
    from .automated_labeling_job_list import AutomatedLabelingJobList
    from .bucket_asset_type import BucketAssetType
    from .bucket_credentials import BucketCredentials
    from .bucket_credentials_list import BucketCredentialsList
    from .bucket_credentials_request import BucketCredentialsRequest
    from .bucket_import_request import BucketImportRequest
    from .bucket_objects import BucketObjects
    from .content_type import ContentType
    from .create_automated_labeling_job_request import CreateAutomatedLabelingJobRequest
    from .create_export_request import CreateExportRequest
    from .create_image_from_bucket_request import CreateImageFromBucketRequest
    from .create_image_from_url_request import CreateImageFromUrlRequest
    from .create_image_request import CreateImageRequest
    from .create_label_request import CreateLabelRequest
    from .create_ranking_session_request import CreateRankingSessionRequest
    from .create_video_from_url_request import CreateVideoFromUrlRequest
    from .create_video_request import CreateVideoRequest
    from .dataset import Dataset
    from .dataset_list import DatasetList
    from .dataset_request import DatasetRequest
    from .default_status import DefaultStatus
    from .default_status_write import DefaultStatusWrite
    from .ef_user_action import EFUserAction
    from .error_body import ErrorBody
    from .error_type import ErrorType
    from .exif import Exif
    from .export_format import ExportFormat
    from .health_status import HealthStatus
    from .image import Image
    from .image_list import ImageList
    from .image_offset import ImageOffset
    from .image_tag import ImageTag
    from .image_tag_list import ImageTagList
    from .job import Job
    from .job_meta import JobMeta
    from .keypoint_class import KeypointClass
    from .keypoint_class_input import KeypointClassInput
    from .keypoint_schema import KeypointSchema
    from .keypoint_schema_class import KeypointSchemaClass
    from .keypoint_schema_request import KeypointSchemaRequest
    from .keypoint_schema_type import KeypointSchemaType
    from .keypoint_skeleton import KeypointSkeleton
    from .label import Label
    from .label_attribute_value import LabelAttributeValue
    from .label_attribute_value_list import LabelAttributeValueList
    from .label_attribute_value_update import LabelAttributeValueUpdate
    from .label_class import LabelClass
    from .label_class_list import LabelClassList
    from .label_class_request import LabelClassRequest
    from .label_class_type import LabelClassType
    from .label_keypoint import LabelKeypoint
    from .label_keypoint_input import LabelKeypointInput
    from .label_list import LabelList
    from .label_ref import LabelRef
    from .labels_attribute import LabelsAttribute
    from .labels_order import LabelsOrder
    from .list_meta import ListMeta
    from .list_meta_search_parameters import ListMetaSearchParameters
    from .model_family import ModelFamily
    from .prediction_model import PredictionModel
    from .prediction_type import PredictionType
    from .project import Project
    from .project_label import ProjectLabel
    from .project_label_list import ProjectLabelList
    from .project_list import ProjectList
    from .project_request import ProjectRequest
    from .ranking_session import RankingSession
    from .remove_image_tag import RemoveImageTag
    from .replace_image_request import ReplaceImageRequest
    from .segment import Segment
    from .segment_list import SegmentList
    from .segment_request import SegmentRequest
    from .semantic_format import SemanticFormat
    from .set_label_attribute_request import SetLabelAttributeRequest
    from .set_status_request import SetStatusRequest
    from .status_changed import StatusChanged
    from .tag_class import TagClass
    from .tag_class_list import TagClassList
    from .tag_class_request import TagClassRequest
    from .tag_group import TagGroup
    from .tag_group_list import TagGroupList
    from .tag_group_request import TagGroupRequest
    from .tag_group_type import TagGroupType
    from .tool_used import ToolUsed
    from .update_label_request import UpdateLabelRequest
    from .update_media_request import UpdateMediaRequest
    from .upload_style import UploadStyle
    from .upload_url import UploadUrl
    from .upload_url_list import UploadUrlList
    from .video import Video
    from .video_list import VideoList
    from .video_status import VideoStatus
    from .workspace import Workspace
    from .workspace_list import WorkspaceList
    from .workspace_request import WorkspaceRequest

_MODULES = {
    "ActiveLearningHeuristic": ".active_learning_heuristic",
    "ActivityType": ".activity_type",
    "ActivityTypeList": ".activity_type_list",
    "ActivityTypeRequest": ".activity_type_request",
    "AddImageTag": ".add_image_tag",
    "Attribute": ".attribute",
    "AttributeClass": ".attribute_class",
    "AttributeClassRef": ".attribute_class_ref",
    "AttributeList": ".attribute_list",
    "AttributeLOV": ".attribute_lov",
    "AttributeRequest": ".attribute_request",
    "AttributeSubjectType": ".attribute_subject_type",
    "AttributeType": ".attribute_type",
    "AutomatedLabelingJob": ".automated_labeling_job",
    "AutomatedLabelingJobList": ".automated_labeling_job_list",
    "BucketAssetType": ".bucket_asset_type",
    "BucketCredentials": ".bucket_credentials",
    "BucketCredentialsList": ".bucket_credentials_list",
    "BucketCredentialsRequest": ".bucket_credentials_request",
    "BucketImportRequest": ".bucket_import_request",
    "BucketObjects": ".bucket_objects",
    "ContentType": ".content_type",
    "CreateAutomatedLabelingJobRequest": ".create_automated_labeling_job_request",
    "CreateExportRequest": ".create_export_request",
    "CreateImageFromBucketRequest": ".create_image_from_bucket_request",
    "CreateImageFromUrlRequest": ".create_image_from_url_request",
    "CreateImageRequest": ".create_image_request",
    "CreateLabelRequest": ".create_label_request",
    "CreateRankingSessionRequest": ".create_ranking_session_request",
    "CreateVideoFromUrlRequest": ".create_video_from_url_request",
    "CreateVideoRequest": ".create_video_request",
    "Dataset": ".dataset",
    "DatasetList": ".dataset_list",
    "DatasetRequest": ".dataset_request",
    "DefaultStatus": ".default_status",
    "DefaultStatusWrite": ".default_status_write",
    "EFUserAction": ".ef_user_action",
    "ErrorBody": ".error_body",
    "ErrorType": ".error_type",
    "Exif": ".exif",
    "ExportFormat": ".export_format",
    "HealthStatus": ".health_status",
    "Image": ".image",
    "ImageList": ".image_list",
    "ImageOffset": ".image_offset",
    "ImageTag": ".image_tag",
    "ImageTagList": ".image_tag_list",
    "Job": ".job",
    "JobMeta": ".job_meta",
    "KeypointClass": ".keypoint_class",
    "KeypointClassInput": ".keypoint_class_input",
    "KeypointSchema": ".keypoint_schema",
    "KeypointSchemaClass": ".keypoint_schema_class",
    "KeypointSchemaRequest": ".keypoint_schema_request",
    "KeypointSchemaType": ".keypoint_schema_type",
    "KeypointSkeleton": ".keypoint_skeleton",
    "Label": ".label",
    "LabelAttributeValue": ".label_attribute_value",
    "LabelAttributeValueList": ".label_attribute_value_list",
    "LabelAttributeValueUpdate": ".label_attribute_value_update",
    "LabelClass": ".label_class",
    "LabelClassList": ".label_class_list",
    "LabelClassRequest": ".label_class_request",
    "LabelClassType": ".label_class_type",
    "LabelKeypoint": ".label_keypoint",
    "LabelKeypointInput": ".label_keypoint_input",
    "LabelList": ".label_list",
    "LabelRef": ".label_ref",
    "LabelsAttribute": ".labels_attribute",
    "LabelsOrder": ".labels_order",
    "ListMeta": ".list_meta",
    "ListMetaSearchParameters": ".list_meta_search_parameters",
    "ModelFamily": ".model_family",
    "PredictionModel": ".prediction_model",
    "PredictionType": ".prediction_type",
    "Project": ".project",
    "ProjectLabel": ".project_label",
    "ProjectLabelList": ".project_label_list",
    "ProjectList": ".project_list",
    "ProjectRequest": ".project_request",
    "RankingSession": ".ranking_session",
    "RemoveImageTag": ".remove_image_tag",
    "ReplaceImageRequest": ".replace_image_request",
    "Segment": ".segment",
    "SegmentList": ".segment_list",
    "SegmentRequest": ".segment_request",
    "SemanticFormat": ".semantic_format",
    "SetLabelAttributeRequest": ".set_label_attribute_request",
    "SetStatusRequest": ".set_status_request",
    "StatusChanged": ".status_changed",
    "TagClass": ".tag_class",
    "TagClassList": ".tag_class_list",
    "TagClassRequest": ".tag_class_request",
    "TagGroup": ".tag_group",
    "TagGroupList": ".tag_group_list",
    "TagGroupRequest": ".tag_group_request",
    "TagGroupType": ".tag_group_type",
    "ToolUsed": ".tool_used",
    "UpdateLabelRequest": ".update_label_request",
    "UpdateMediaRequest": ".update_media_request",
    "UploadStyle": ".upload_style",
    "UploadUrl": ".upload_url",
    "UploadUrlList": ".upload_url_list",
    "Video": ".video",
    "VideoList": ".video_list",
    "VideoStatus": ".video_status",
    "Workspace": ".workspace",
    "WorkspaceList": ".workspace_list",
    "WorkspaceRequest": ".workspace_request",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(_MODULES)


__all__ = (
    "ActiveLearningHeuristic",
    "ActivityType",
    "ActivityTypeList",
    "ActivityTypeRequest",
    "AddImageTag",
    "Attribute",
    "AttributeClass",
    "AttributeClassRef",
    "AttributeList",
    "AttributeLOV",
    "AttributeRequest",
    "AttributeSubjectType",
    "AttributeType",
    "AutomatedLabelingJob",
    "AutomatedLabelingJobList",
    "BucketAssetType",
    "BucketCredentials",
    "BucketCredentialsList",
    "BucketCredentialsRequest",
    "BucketImportRequest",
    "BucketObjects",
    "ContentType",
    "CreateAutomatedLabelingJobRequest",
    "CreateExportRequest",
    "CreateImageFromBucketRequest",
    "CreateImageFromUrlRequest",
    "CreateImageRequest",
    "CreateLabelRequest",
    "CreateRankingSessionRequest",
    "CreateVideoFromUrlRequest",
    "CreateVideoRequest",
    "Dataset",
    "DatasetList",
    "DatasetRequest",
    "DefaultStatus",
    "DefaultStatusWrite",
    "EFUserAction",
    "ErrorBody",
    "ErrorType",
    "Exif",
    "ExportFormat",
    "HealthStatus",
    "Image",
    "ImageList",
    "ImageOffset",
    "ImageTag",
    "ImageTagList",
    "Job",
    "JobMeta",
    "KeypointClass",
    "KeypointClassInput",
    "KeypointSchema",
    "KeypointSchemaClass",
    "KeypointSchemaRequest",
    "KeypointSchemaType",
    "KeypointSkeleton",
    "Label",
    "LabelAttributeValue",
    "LabelAttributeValueList",
    "LabelAttributeValueUpdate",
    "LabelClass",
    "LabelClassList",
    "LabelClassRequest",
    "LabelClassType",
    "LabelKeypoint",
    "LabelKeypointInput",
    "LabelList",
    "LabelRef",
    "LabelsAttribute",
    "LabelsOrder",
    "ListMeta",
    "ListMetaSearchParameters",
    "ModelFamily",
    "PredictionModel",
    "PredictionType",
    "Project",
    "ProjectLabel",
    "ProjectLabelList",
    "ProjectList",
    "ProjectRequest",
    "RankingSession",
    "RemoveImageTag",
    "ReplaceImageRequest",
    "Segment",
    "SegmentList",
    "SegmentRequest",
    "SemanticFormat",
    "SetLabelAttributeRequest",
    "SetStatusRequest",
    "StatusChanged",
    "TagClass",
    "TagClassList",
    "TagClassRequest",
    "TagGroup",
    "TagGroupList",
    "TagGroupRequest",
    "TagGroupType",
    "ToolUsed",
    "UpdateLabelRequest",
    "UpdateMediaRequest",
    "UploadStyle",
    "UploadUrl",
    "UploadUrlList",
    "Video",
    "VideoList",
    "VideoStatus",
    "Workspace",
    "WorkspaceList",
    "WorkspaceRequest",
)
