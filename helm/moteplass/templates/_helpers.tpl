{{/* The name of a component's resources: <release>-<component>. */}}
{{- define "moteplass.name" -}}
{{- printf "%s-%s" .root.Release.Name .name | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "moteplass.selectorLabels" -}}
app.kubernetes.io/name: moteplass
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/component: {{ .name }}
{{- end -}}

{{- define "moteplass.labels" -}}
{{ include "moteplass.selectorLabels" . }}
app.kubernetes.io/version: {{ .root.Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .root.Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .root.Chart.Name .root.Chart.Version }}
{{- end -}}

{{/* The image of a component: always with an explicit tag. */}}
{{- define "moteplass.image" -}}
{{- $image := .root.Values.global.image -}}
{{- $component := index .root.Values.components .name -}}
{{- printf "%s/%s:%s" $image.registry (required "components.<name>.image must be set" $component.image) (required "global.image.tag must be set" $image.tag) -}}
{{- end -}}

{{- define "moteplass.secretName" -}}
{{- default (printf "%s-secrets" .Release.Name) .Values.global.existingSecret -}}
{{- end -}}

{{/* A Strimzi KafkaTopic: topic, partitions, config. */}}
{{- define "moteplass.kafkaTopic" -}}
{{- $kafka := .root.Values.global.kafka }}
---
apiVersion: kafka.strimzi.io/v1beta2
kind: KafkaTopic
metadata:
  name: {{ .topic }}
  {{- with $kafka.strimzi.namespace }}
  namespace: {{ . }}
  {{- end }}
  labels:
    strimzi.io/cluster: {{ $kafka.strimzi.cluster }}
    app.kubernetes.io/name: moteplass
    app.kubernetes.io/instance: {{ .root.Release.Name }}
spec:
  topicName: {{ .topic }}
  partitions: {{ .partitions }}
  replicas: {{ $kafka.replicationFactor }}
  config:
    {{- toYaml .config | nindent 4 }}
{{- end -}}
