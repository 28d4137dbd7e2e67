package com.retailstudio.app.dataset;

import com.retailstudio.app.workspace.RegisteredDataSet;
import com.retailstudio.data.quality.DataQualityReport;

/** A data set now registered in the workspace, with the quality report it was admitted on. */
public record ImportedDataSet(RegisteredDataSet dataSet, DataQualityReport report) {
}
