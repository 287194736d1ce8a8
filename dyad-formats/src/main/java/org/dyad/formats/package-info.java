/**
 * Reading documents (plain text, JSON Lines, HTML, directories, standard input) as streams
 * in the style of OpenNLP's ObjectStream: one item at a time, bad items reported and skipped.
 */
@NullMarked
package org.dyad.formats;

import org.jspecify.annotations.NullMarked;
