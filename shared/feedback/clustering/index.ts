export { type ClusterInput, type ClusterMember, type ClusterOptions, clusterComments, type FeedbackCluster } from './clusterComments.ts';
export { sentenceDiff, sentencesOf } from './sentenceDiff.ts';
