package org.medsearch.search;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A completion for the search box: the text to put in the box, what it is (topic, alias,
 * section heading, resource), where it leads, and the text HTML-escaped with the typed part
 * in {@code <mark>}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Suggestion(String text, String type, String id, Hit.TopicRef topic, String highlighted) {}
