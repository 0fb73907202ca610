/**
 * A REFI-QDA project (.qdpx) as plain data: what Fieldnotes writes into project.qde and what it
 * reads back. Positions are Unicode code points of the source's plain text, start inclusive, end
 * exclusive (the way NVivo, ATLAS.ti, MAXQDA and QualCoder write them).
 */

export const QDE_NAMESPACE = 'urn:QDA-XML:project:1.0';

export interface QdaCode {
  guid: string;
  name: string;
  color: string | null;
  isCodable: boolean;
  description: string;
  children: QdaCode[];
}

export interface QdaSelection {
  guid: string;
  name: string;
  start: number;
  end: number;
  description: string;
  codeGuids: string[];
  noteGuids: string[];
}

export interface QdaSource {
  guid: string;
  name: string;
  /** The file inside the zip, "internal://GUID.txt" (or as the vendor wrote it). */
  plainTextPath: string;
  description: string;
  selections: QdaSelection[];
  /** Codes applied to the source as a whole. */
  codeGuids: string[];
  noteGuids: string[];
}

export interface QdaCase {
  guid: string;
  name: string;
  description: string;
  codeGuids: string[];
  sourceGuids: string[];
}

export interface QdaNote {
  guid: string;
  name: string;
  text: string;
  createdAt: string | null;
}

export interface QdaSet {
  guid: string;
  name: string;
  description: string;
  codeGuids: string[];
}

export interface QdaProject {
  name: string;
  origin: string;
  createdAt: string | null;
  user: { guid: string; name: string } | null;
  codes: QdaCode[];
  sets: QdaSet[];
  cases: QdaCase[];
  sources: QdaSource[];
  notes: QdaNote[];
  /** Notes on the project as a whole. */
  noteGuids: string[];
}
