package io.dossier.core.service;

import io.dossier.core.query.RevisionRow;
import io.dossier.core.text.TextDiff;
import java.util.List;

/** A revision beside the one saved before it ({@code previous} is null for the first): what changed in each field. */
public record RevisionComparison(
        RevisionRow revision,
        RevisionRow previous,
        List<TextDiff.Line> title,
        List<TextDiff.Line> excerpt,
        List<TextDiff.Line> body) {}
