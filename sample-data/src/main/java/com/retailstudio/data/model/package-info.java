/**
 * The retail data contract as Java values: one record per row type of the data set and enums for its closed value sets.
 * Optional columns are {@link java.util.Optional} components, never {@code null}.
 */
package com.retailstudio.data.model;
