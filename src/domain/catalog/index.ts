// Public API of the Trust Services Criteria catalog.
export { CATALOG_VERSION, CRITERIA } from './criteria.ts';
export {
  CATEGORIES,
  categoryLabel,
  getCriterion,
  groupBySeries,
  listCriteria,
  matchesQuery,
  sortCriteria,
  validateCatalog,
  type CategoryInfo,
  type CriteriaFilter,
  type SeriesGroup,
} from './catalog.ts';
export { compareCriterionIds } from './ids.ts';
export {
  applyOverrides,
  CSV_COLUMNS,
  IMPORT_LIMITS,
  parseCatalogImport,
  type CriterionOverride,
  type ImportError,
  type ImportFormat,
  type ImportResult,
} from './import.ts';
export { parseCsv, type CsvParseResult, type CsvRecord, type CsvSyntaxError } from './csv.ts';
export { COSO_PRINCIPLES, CRITERION_IDS, SERIES, type SeriesInfo } from './structure.ts';
export { CATEGORY_IDS, CRITERION_SOURCES, type Category, type Criterion, type CriterionSource } from './types.ts';
