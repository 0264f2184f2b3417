/**
 * JSON for every Jixiao document (JSON 文档): self-evaluations, rulebooks, score cards and check
 * reports, read strictly and exactly, with their JSON Schemas.
 */
package io.github.jixiao.io;
