/**
 * The columnar data set: a data set folder imported once into Apache Parquet files (docs/data-format.md, "Columnar
 * data set"), written and read with parquet-java without Hadoop, so a job reads only the files and columns it uses.
 */
package com.retailstudio.data.columnar;
