/**
 * The only package in Dyad that imports Stanford CoreNLP. It maps CoreNLP's annotations onto
 * Dyad's own sentence model, so that nothing downstream sees a CoreNLP type.
 */
@NullMarked
package org.dyad.nlp;

import org.jspecify.annotations.NullMarked;
