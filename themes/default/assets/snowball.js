/*
 * Snowball stemmers for Dutch and English, used by search.js to stem queries.
 *
 * Translated statement by statement from the Java classes org.tartarus.snowball.ext.dutchStemmer
 * and englishStemmer (and their base class SnowballProgram) of snowball-stemmer 1.3.0.581.1, the
 * library the generator stems the index with at build time: a query must be stemmed exactly as the
 * index was. The test StemmerAgreementTest compares both on thousands of words. The routines are
 * the Snowball compiler's output and read like it; do not edit them by hand, re-translate.
 *
 * Snowball: Copyright (c) 2001, Dr Martin Porter; Java version: Copyright (c) 2002, Richard Boulton.
 * All rights reserved.
 *
 * Redistribution and use in source and binary forms, with or without modification, are permitted
 * provided that the following conditions are met:
 * 1. Redistributions of source code must retain the above copyright notice, this list of conditions
 *    and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice, this list of
 *    conditions and the following disclaimer in the documentation and/or other materials provided
 *    with the distribution.
 * 3. Neither the name of the copyright holders nor the names of its contributors may be used to
 *    endorse or promote products derived from this software without specific prior written
 *    permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND ANY EXPRESS OR
 * IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED WARRANTIES OF MERCHANTABILITY AND
 * FITNESS FOR A PARTICULAR PURPOSE ARE DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT OWNER OR
 * CONTRIBUTORS BE LIABLE FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR SERVICES; LOSS OF USE,
 * DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER
 * IN CONTRACT, STRICT LIABILITY, OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT
 * OF THE USE OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
(function (root) {
  'use strict';

  /* The Snowball runtime (SnowballProgram.java): a string with a cursor, limits and a slice. */
  function Program() {
    this.setCurrent('');
  }

  Program.prototype.setCurrent = function (value) {
    this.current = value;
    this.cursor = 0;
    this.limit = value.length;
    this.limit_backward = 0;
    this.bra = this.cursor;
    this.ket = this.limit;
  };

  Program.prototype.in_grouping = function (s, min, max) {
    if (this.cursor >= this.limit) return false;
    var ch = this.current.charCodeAt(this.cursor);
    if (ch > max || ch < min) return false;
    ch -= min;
    if ((s[ch >> 3] & (0x1 << (ch & 0x7))) === 0) return false;
    this.cursor++;
    return true;
  };

  Program.prototype.in_grouping_b = function (s, min, max) {
    if (this.cursor <= this.limit_backward) return false;
    var ch = this.current.charCodeAt(this.cursor - 1);
    if (ch > max || ch < min) return false;
    ch -= min;
    if ((s[ch >> 3] & (0x1 << (ch & 0x7))) === 0) return false;
    this.cursor--;
    return true;
  };

  Program.prototype.out_grouping = function (s, min, max) {
    if (this.cursor >= this.limit) return false;
    var ch = this.current.charCodeAt(this.cursor);
    if (ch > max || ch < min) {
      this.cursor++;
      return true;
    }
    ch -= min;
    if ((s[ch >> 3] & (0x1 << (ch & 0x7))) === 0) {
      this.cursor++;
      return true;
    }
    return false;
  };

  Program.prototype.out_grouping_b = function (s, min, max) {
    if (this.cursor <= this.limit_backward) return false;
    var ch = this.current.charCodeAt(this.cursor - 1);
    if (ch > max || ch < min) {
      this.cursor--;
      return true;
    }
    ch -= min;
    if ((s[ch >> 3] & (0x1 << (ch & 0x7))) === 0) {
      this.cursor--;
      return true;
    }
    return false;
  };

  Program.prototype.eq_s = function (s_size, s) {
    if (this.limit - this.cursor < s_size) return false;
    for (var i = 0; i !== s_size; i++) {
      if (this.current.charCodeAt(this.cursor + i) !== s.charCodeAt(i)) return false;
    }
    this.cursor += s_size;
    return true;
  };

  Program.prototype.eq_s_b = function (s_size, s) {
    if (this.cursor - this.limit_backward < s_size) return false;
    for (var i = 0; i !== s_size; i++) {
      if (this.current.charCodeAt(this.cursor - s_size + i) !== s.charCodeAt(i)) return false;
    }
    this.cursor -= s_size;
    return true;
  };

  /* v holds rows [string, index of the longest matching substring row, result]. */
  Program.prototype.find_among = function (v, v_size) {
    var i = 0, j = v_size, c = this.cursor, l = this.limit;
    var common_i = 0, common_j = 0, first_key_inspected = false;
    var w;
    while (true) {
      var k = i + ((j - i) >> 1);
      var diff = 0;
      var common = common_i < common_j ? common_i : common_j;
      w = v[k];
      for (var i2 = common; i2 < w[0].length; i2++) {
        if (c + common === l) {
          diff = -1;
          break;
        }
        diff = this.current.charCodeAt(c + common) - w[0].charCodeAt(i2);
        if (diff !== 0) break;
        common++;
      }
      if (diff < 0) {
        j = k;
        common_j = common;
      } else {
        i = k;
        common_i = common;
      }
      if (j - i <= 1) {
        if (i > 0) break;
        if (j === i) break;
        if (first_key_inspected) break;
        first_key_inspected = true;
      }
    }
    while (true) {
      w = v[i];
      if (common_i >= w[0].length) {
        this.cursor = c + w[0].length;
        return w[2];
      }
      i = w[1];
      if (i < 0) return 0;
    }
  };

  Program.prototype.find_among_b = function (v, v_size) {
    var i = 0, j = v_size, c = this.cursor, lb = this.limit_backward;
    var common_i = 0, common_j = 0, first_key_inspected = false;
    var w;
    while (true) {
      var k = i + ((j - i) >> 1);
      var diff = 0;
      var common = common_i < common_j ? common_i : common_j;
      w = v[k];
      for (var i2 = w[0].length - 1 - common; i2 >= 0; i2--) {
        if (c - common === lb) {
          diff = -1;
          break;
        }
        diff = this.current.charCodeAt(c - 1 - common) - w[0].charCodeAt(i2);
        if (diff !== 0) break;
        common++;
      }
      if (diff < 0) {
        j = k;
        common_j = common;
      } else {
        i = k;
        common_i = common;
      }
      if (j - i <= 1) {
        if (i > 0) break;
        if (j === i) break;
        if (first_key_inspected) break;
        first_key_inspected = true;
      }
    }
    while (true) {
      w = v[i];
      if (common_i >= w[0].length) {
        this.cursor = c - w[0].length;
        return w[2];
      }
      i = w[1];
      if (i < 0) return 0;
    }
  };

  Program.prototype.replace_s = function (c_bra, c_ket, s) {
    var adjustment = s.length - (c_ket - c_bra);
    this.current = this.current.substring(0, c_bra) + s + this.current.substring(c_ket);
    this.limit += adjustment;
    if (this.cursor >= c_ket) this.cursor += adjustment;
    else if (this.cursor > c_bra) this.cursor = c_bra;
    return adjustment;
  };

  Program.prototype.slice_from = function (s) {
    this.replace_s(this.bra, this.ket, s);
  };

  Program.prototype.slice_del = function () {
    this.slice_from('');
  };

  Program.prototype.insert = function (c_bra, c_ket, s) {
    var adjustment = this.replace_s(c_bra, c_ket, s);
    if (c_bra <= this.bra) this.bra += adjustment;
    if (c_bra <= this.ket) this.ket += adjustment;
  };

  /* Dutch (dutchStemmer.java) */
  function dutchStemmer() {
    var p = new Program();
    var I_p2 = 0, I_p1 = 0, B_e_found = false;
    var a_0 = [["", -1, 6], ["\u00E1", 0, 1], ["\u00E4", 0, 1], ["\u00E9", 0, 2], ["\u00EB", 0, 2], ["\u00ED", 0, 3], ["\u00EF", 0, 3], ["\u00F3", 0, 4], ["\u00F6", 0, 4], ["\u00FA", 0, 5], ["\u00FC", 0, 5]];
    var a_1 = [["", -1, 3], ["I", 0, 2], ["Y", 0, 1]];
    var a_2 = [["dd", -1, -1], ["kk", -1, -1], ["tt", -1, -1]];
    var a_3 = [["ene", -1, 2], ["se", -1, 3], ["en", -1, 2], ["heden", 2, 1], ["s", -1, 3]];
    var a_4 = [["end", -1, 1], ["ig", -1, 2], ["ing", -1, 1], ["lijk", -1, 3], ["baar", -1, 4], ["bar", -1, 5]];
    var a_5 = [["aa", -1, -1], ["ee", -1, -1], ["oo", -1, -1], ["uu", -1, -1]];
    var g_v = [17, 65, 16, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 128];
    var g_v_I = [1, 0, 0, 17, 65, 16, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 128];
    var g_v_j = [17, 67, 16, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 128];
    function r_prelude() {
      var among_var, v_1, v_2, v_3, v_4, v_5, v_6;
      v_1 = p.cursor;
      replab0: while (true) {
        v_2 = p.cursor;
        lab1: do {
          p.bra = p.cursor;
          among_var = p.find_among(a_0, 11);
          if (among_var === 0) {
            break lab1;
          }
          p.ket = p.cursor;
          switch (among_var) {
            case 0:
            break lab1;
            case 1:
            p.slice_from("a");
            break;
            case 2:
            p.slice_from("e");
            break;
            case 3:
            p.slice_from("i");
            break;
            case 4:
            p.slice_from("o");
            break;
            case 5:
            p.slice_from("u");
            break;
            case 6:
            if (p.cursor >= p.limit) {
              break lab1;
            }
            p.cursor++;
            break;
          }
          continue replab0;
        } while (false);
        p.cursor = v_2;
        break replab0;
      }
      p.cursor = v_1;
      v_3 = p.cursor;
      lab2: do {
        p.bra = p.cursor;
        if (!(p.eq_s(1, "y"))) {
          p.cursor = v_3;
          break lab2;
        }
        p.ket = p.cursor;
        p.slice_from("Y");
      } while (false);
      replab3: while (true) {
        v_4 = p.cursor;
        lab4: do {
          golab5: while (true) {
            v_5 = p.cursor;
            lab6: do {
              if (!(p.in_grouping(g_v, 97, 232))) {
                break lab6;
              }
              p.bra = p.cursor;
              lab7: do {
                v_6 = p.cursor;
                lab8: do {
                  if (!(p.eq_s(1, "i"))) {
                    break lab8;
                  }
                  p.ket = p.cursor;
                  if (!(p.in_grouping(g_v, 97, 232))) {
                    break lab8;
                  }
                  p.slice_from("I");
                  break lab7;
                } while (false);
                p.cursor = v_6;
                if (!(p.eq_s(1, "y"))) {
                  break lab6;
                }
                p.ket = p.cursor;
                p.slice_from("Y");
              } while (false);
              p.cursor = v_5;
              break golab5;
            } while (false);
            p.cursor = v_5;
            if (p.cursor >= p.limit) {
              break lab4;
            }
            p.cursor++;
          }
          continue replab3;
        } while (false);
        p.cursor = v_4;
        break replab3;
      }
      return true;
    }
    function r_mark_regions() {
      I_p1 = p.limit;
      I_p2 = p.limit;
      golab0: while (true) {
        lab1: do {
          if (!(p.in_grouping(g_v, 97, 232))) {
            break lab1;
          }
          break golab0;
        } while (false);
        if (p.cursor >= p.limit) {
          return false;
        }
        p.cursor++;
      }
      golab2: while (true) {
        lab3: do {
          if (!(p.out_grouping(g_v, 97, 232))) {
            break lab3;
          }
          break golab2;
        } while (false);
        if (p.cursor >= p.limit) {
          return false;
        }
        p.cursor++;
      }
      I_p1 = p.cursor;
      lab4: do {
        if (!(I_p1 < 3)) {
          break lab4;
        }
        I_p1 = 3;
      } while (false);
      golab5: while (true) {
        lab6: do {
          if (!(p.in_grouping(g_v, 97, 232))) {
            break lab6;
          }
          break golab5;
        } while (false);
        if (p.cursor >= p.limit) {
          return false;
        }
        p.cursor++;
      }
      golab7: while (true) {
        lab8: do {
          if (!(p.out_grouping(g_v, 97, 232))) {
            break lab8;
          }
          break golab7;
        } while (false);
        if (p.cursor >= p.limit) {
          return false;
        }
        p.cursor++;
      }
      I_p2 = p.cursor;
      return true;
    }
    function r_postlude() {
      var among_var, v_1;
      replab0: while (true) {
        v_1 = p.cursor;
        lab1: do {
          p.bra = p.cursor;
          among_var = p.find_among(a_1, 3);
          if (among_var === 0) {
            break lab1;
          }
          p.ket = p.cursor;
          switch (among_var) {
            case 0:
            break lab1;
            case 1:
            p.slice_from("y");
            break;
            case 2:
            p.slice_from("i");
            break;
            case 3:
            if (p.cursor >= p.limit) {
              break lab1;
            }
            p.cursor++;
            break;
          }
          continue replab0;
        } while (false);
        p.cursor = v_1;
        break replab0;
      }
      return true;
    }
    function r_R1() {
      if (!(I_p1 <= p.cursor)) {
        return false;
      }
      return true;
    }
    function r_R2() {
      if (!(I_p2 <= p.cursor)) {
        return false;
      }
      return true;
    }
    function r_undouble() {
      var v_1;
      v_1 = p.limit - p.cursor;
      if (p.find_among_b(a_2, 3) === 0) {
        return false;
      }
      p.cursor = p.limit - v_1;
      p.ket = p.cursor;
      if (p.cursor <= p.limit_backward) {
        return false;
      }
      p.cursor--;
      p.bra = p.cursor;
      p.slice_del();
      return true;
    }
    function r_e_ending() {
      var v_1;
      B_e_found = false;
      p.ket = p.cursor;
      if (!(p.eq_s_b(1, "e"))) {
        return false;
      }
      p.bra = p.cursor;
      if (!r_R1()) {
        return false;
      }
      v_1 = p.limit - p.cursor;
      if (!(p.out_grouping_b(g_v, 97, 232))) {
        return false;
      }
      p.cursor = p.limit - v_1;
      p.slice_del();
      B_e_found = true;
      if (!r_undouble()) {
        return false;
      }
      return true;
    }
    function r_en_ending() {
      var v_1, v_2;
      if (!r_R1()) {
        return false;
      }
      v_1 = p.limit - p.cursor;
      if (!(p.out_grouping_b(g_v, 97, 232))) {
        return false;
      }
      p.cursor = p.limit - v_1; {
        v_2 = p.limit - p.cursor;
        lab0: do {
          if (!(p.eq_s_b(3, "gem"))) {
            break lab0;
          }
          return false;
        } while (false);
        p.cursor = p.limit - v_2;
      }
      p.slice_del();
      if (!r_undouble()) {
        return false;
      }
      return true;
    }
    function r_standard_suffix() {
      var among_var, v_1, v_2, v_3, v_4, v_5, v_6, v_7, v_8, v_9, v_10;
      v_1 = p.limit - p.cursor;
      lab0: do {
        p.ket = p.cursor;
        among_var = p.find_among_b(a_3, 5);
        if (among_var === 0) {
          break lab0;
        }
        p.bra = p.cursor;
        switch (among_var) {
          case 0:
          break lab0;
          case 1:
          if (!r_R1()) {
            break lab0;
          }
          p.slice_from("heid");
          break;
          case 2:
          if (!r_en_ending()) {
            break lab0;
          }
          break;
          case 3:
          if (!r_R1()) {
            break lab0;
          }
          if (!(p.out_grouping_b(g_v_j, 97, 232))) {
            break lab0;
          }
          p.slice_del();
          break;
        }
      } while (false);
      p.cursor = p.limit - v_1;
      v_2 = p.limit - p.cursor;
      lab1: do {
        if (!r_e_ending()) {
          break lab1;
        }
      } while (false);
      p.cursor = p.limit - v_2;
      v_3 = p.limit - p.cursor;
      lab2: do {
        p.ket = p.cursor;
        if (!(p.eq_s_b(4, "heid"))) {
          break lab2;
        }
        p.bra = p.cursor;
        if (!r_R2()) {
          break lab2;
        } {
          v_4 = p.limit - p.cursor;
          lab3: do {
            if (!(p.eq_s_b(1, "c"))) {
              break lab3;
            }
            break lab2;
          } while (false);
          p.cursor = p.limit - v_4;
        }
        p.slice_del();
        p.ket = p.cursor;
        if (!(p.eq_s_b(2, "en"))) {
          break lab2;
        }
        p.bra = p.cursor;
        if (!r_en_ending()) {
          break lab2;
        }
      } while (false);
      p.cursor = p.limit - v_3;
      v_5 = p.limit - p.cursor;
      lab4: do {
        p.ket = p.cursor;
        among_var = p.find_among_b(a_4, 6);
        if (among_var === 0) {
          break lab4;
        }
        p.bra = p.cursor;
        switch (among_var) {
          case 0:
          break lab4;
          case 1:
          if (!r_R2()) {
            break lab4;
          }
          p.slice_del();
          lab5: do {
            v_6 = p.limit - p.cursor;
            lab6: do {
              p.ket = p.cursor;
              if (!(p.eq_s_b(2, "ig"))) {
                break lab6;
              }
              p.bra = p.cursor;
              if (!r_R2()) {
                break lab6;
              } {
                v_7 = p.limit - p.cursor;
                lab7: do {
                  if (!(p.eq_s_b(1, "e"))) {
                    break lab7;
                  }
                  break lab6;
                } while (false);
                p.cursor = p.limit - v_7;
              }
              p.slice_del();
              break lab5;
            } while (false);
            p.cursor = p.limit - v_6;
            if (!r_undouble()) {
              break lab4;
            }
          } while (false);
          break;
          case 2:
          if (!r_R2()) {
            break lab4;
          } {
            v_8 = p.limit - p.cursor;
            lab8: do {
              if (!(p.eq_s_b(1, "e"))) {
                break lab8;
              }
              break lab4;
            } while (false);
            p.cursor = p.limit - v_8;
          }
          p.slice_del();
          break;
          case 3:
          if (!r_R2()) {
            break lab4;
          }
          p.slice_del();
          if (!r_e_ending()) {
            break lab4;
          }
          break;
          case 4:
          if (!r_R2()) {
            break lab4;
          }
          p.slice_del();
          break;
          case 5:
          if (!r_R2()) {
            break lab4;
          }
          if (!(B_e_found)) {
            break lab4;
          }
          p.slice_del();
          break;
        }
      } while (false);
      p.cursor = p.limit - v_5;
      v_9 = p.limit - p.cursor;
      lab9: do {
        if (!(p.out_grouping_b(g_v_I, 73, 232))) {
          break lab9;
        }
        v_10 = p.limit - p.cursor;
        if (p.find_among_b(a_5, 4) === 0) {
          break lab9;
        }
        if (!(p.out_grouping_b(g_v, 97, 232))) {
          break lab9;
        }
        p.cursor = p.limit - v_10;
        p.ket = p.cursor;
        if (p.cursor <= p.limit_backward) {
          break lab9;
        }
        p.cursor--;
        p.bra = p.cursor;
        p.slice_del();
      } while (false);
      p.cursor = p.limit - v_9;
      return true;
    }
    function stem() {
      var v_1, v_2, v_3, v_4;
      v_1 = p.cursor;
      lab0: do {
        if (!r_prelude()) {
          break lab0;
        }
      } while (false);
      p.cursor = v_1;
      v_2 = p.cursor;
      lab1: do {
        if (!r_mark_regions()) {
          break lab1;
        }
      } while (false);
      p.cursor = v_2;
      p.limit_backward = p.cursor; p.cursor = p.limit;
      v_3 = p.limit - p.cursor;
      lab2: do {
        if (!r_standard_suffix()) {
          break lab2;
        }
      } while (false);
      p.cursor = p.limit - v_3;
      p.cursor = p.limit_backward;
      v_4 = p.cursor;
      lab3: do {
        if (!r_postlude()) {
          break lab3;
        }
      } while (false);
      p.cursor = v_4;
      return true;
    }
    return function (word) {
      p.setCurrent(word);
      stem();
      return p.current;
    };
  }

  /* English (englishStemmer.java) */
  function englishStemmer() {
    var p = new Program();
    var B_Y_found = false, I_p2 = 0, I_p1 = 0;
    var a_0 = [["arsen", -1, -1], ["commun", -1, -1], ["gener", -1, -1]];
    var a_1 = [["'", -1, 1], ["'s'", 0, 1], ["'s", -1, 1]];
    var a_2 = [["ied", -1, 2], ["s", -1, 3], ["ies", 1, 2], ["sses", 1, 1], ["ss", 1, -1], ["us", 1, -1]];
    var a_3 = [["", -1, 3], ["bb", 0, 2], ["dd", 0, 2], ["ff", 0, 2], ["gg", 0, 2], ["bl", 0, 1], ["mm", 0, 2], ["nn", 0, 2], ["pp", 0, 2], ["rr", 0, 2], ["at", 0, 1], ["tt", 0, 2], ["iz", 0, 1]];
    var a_4 = [["ed", -1, 2], ["eed", 0, 1], ["ing", -1, 2], ["edly", -1, 2], ["eedly", 3, 1], ["ingly", -1, 2]];
    var a_5 = [["anci", -1, 3], ["enci", -1, 2], ["ogi", -1, 13], ["li", -1, 16], ["bli", 3, 12], ["abli", 4, 4], ["alli", 3, 8], ["fulli", 3, 14], ["lessli", 3, 15], ["ousli", 3, 10], ["entli", 3, 5], ["aliti", -1, 8], ["biliti", -1, 12], ["iviti", -1, 11], ["tional", -1, 1], ["ational", 14, 7], ["alism", -1, 8], ["ation", -1, 7], ["ization", 17, 6], ["izer", -1, 6], ["ator", -1, 7], ["iveness", -1, 11], ["fulness", -1, 9], ["ousness", -1, 10]];
    var a_6 = [["icate", -1, 4], ["ative", -1, 6], ["alize", -1, 3], ["iciti", -1, 4], ["ical", -1, 4], ["tional", -1, 1], ["ational", 5, 2], ["ful", -1, 5], ["ness", -1, 5]];
    var a_7 = [["ic", -1, 1], ["ance", -1, 1], ["ence", -1, 1], ["able", -1, 1], ["ible", -1, 1], ["ate", -1, 1], ["ive", -1, 1], ["ize", -1, 1], ["iti", -1, 1], ["al", -1, 1], ["ism", -1, 1], ["ion", -1, 2], ["er", -1, 1], ["ous", -1, 1], ["ant", -1, 1], ["ent", -1, 1], ["ment", 15, 1], ["ement", 16, 1]];
    var a_8 = [["e", -1, 1], ["l", -1, 2]];
    var a_9 = [["succeed", -1, -1], ["proceed", -1, -1], ["exceed", -1, -1], ["canning", -1, -1], ["inning", -1, -1], ["earring", -1, -1], ["herring", -1, -1], ["outing", -1, -1]];
    var a_10 = [["andes", -1, -1], ["atlas", -1, -1], ["bias", -1, -1], ["cosmos", -1, -1], ["dying", -1, 3], ["early", -1, 9], ["gently", -1, 7], ["howe", -1, -1], ["idly", -1, 6], ["lying", -1, 4], ["news", -1, -1], ["only", -1, 10], ["singly", -1, 11], ["skies", -1, 2], ["skis", -1, 1], ["sky", -1, -1], ["tying", -1, 5], ["ugly", -1, 8]];
    var g_v = [17, 65, 16, 1];
    var g_v_WXY = [1, 17, 65, 208, 1];
    var g_valid_LI = [55, 141, 2];
    function r_prelude() {
      var v_1, v_2, v_3, v_4, v_5;
      B_Y_found = false;
      v_1 = p.cursor;
      lab0: do {
        p.bra = p.cursor;
        if (!(p.eq_s(1, "'"))) {
          break lab0;
        }
        p.ket = p.cursor;
        p.slice_del();
      } while (false);
      p.cursor = v_1;
      v_2 = p.cursor;
      lab1: do {
        p.bra = p.cursor;
        if (!(p.eq_s(1, "y"))) {
          break lab1;
        }
        p.ket = p.cursor;
        p.slice_from("Y");
        B_Y_found = true;
      } while (false);
      p.cursor = v_2;
      v_3 = p.cursor;
      lab2: do {
        replab3: while (true) {
          v_4 = p.cursor;
          lab4: do {
            golab5: while (true) {
              v_5 = p.cursor;
              lab6: do {
                if (!(p.in_grouping(g_v, 97, 121))) {
                  break lab6;
                }
                p.bra = p.cursor;
                if (!(p.eq_s(1, "y"))) {
                  break lab6;
                }
                p.ket = p.cursor;
                p.cursor = v_5;
                break golab5;
              } while (false);
              p.cursor = v_5;
              if (p.cursor >= p.limit) {
                break lab4;
              }
              p.cursor++;
            }
            p.slice_from("Y");
            B_Y_found = true;
            continue replab3;
          } while (false);
          p.cursor = v_4;
          break replab3;
        }
      } while (false);
      p.cursor = v_3;
      return true;
    }
    function r_mark_regions() {
      var v_1, v_2;
      I_p1 = p.limit;
      I_p2 = p.limit;
      v_1 = p.cursor;
      lab0: do {
        lab1: do {
          v_2 = p.cursor;
          lab2: do {
            if (p.find_among(a_0, 3) === 0) {
              break lab2;
            }
            break lab1;
          } while (false);
          p.cursor = v_2;
          golab3: while (true) {
            lab4: do {
              if (!(p.in_grouping(g_v, 97, 121))) {
                break lab4;
              }
              break golab3;
            } while (false);
            if (p.cursor >= p.limit) {
              break lab0;
            }
            p.cursor++;
          }
          golab5: while (true) {
            lab6: do {
              if (!(p.out_grouping(g_v, 97, 121))) {
                break lab6;
              }
              break golab5;
            } while (false);
            if (p.cursor >= p.limit) {
              break lab0;
            }
            p.cursor++;
          }
        } while (false);
        I_p1 = p.cursor;
        golab7: while (true) {
          lab8: do {
            if (!(p.in_grouping(g_v, 97, 121))) {
              break lab8;
            }
            break golab7;
          } while (false);
          if (p.cursor >= p.limit) {
            break lab0;
          }
          p.cursor++;
        }
        golab9: while (true) {
          lab10: do {
            if (!(p.out_grouping(g_v, 97, 121))) {
              break lab10;
            }
            break golab9;
          } while (false);
          if (p.cursor >= p.limit) {
            break lab0;
          }
          p.cursor++;
        }
        I_p2 = p.cursor;
      } while (false);
      p.cursor = v_1;
      return true;
    }
    function r_shortv() {
      var v_1;
      lab0: do {
        v_1 = p.limit - p.cursor;
        lab1: do {
          if (!(p.out_grouping_b(g_v_WXY, 89, 121))) {
            break lab1;
          }
          if (!(p.in_grouping_b(g_v, 97, 121))) {
            break lab1;
          }
          if (!(p.out_grouping_b(g_v, 97, 121))) {
            break lab1;
          }
          break lab0;
        } while (false);
        p.cursor = p.limit - v_1;
        if (!(p.out_grouping_b(g_v, 97, 121))) {
          return false;
        }
        if (!(p.in_grouping_b(g_v, 97, 121))) {
          return false;
        }
        if (p.cursor > p.limit_backward) {
          return false;
        }
      } while (false);
      return true;
    }
    function r_R1() {
      if (!(I_p1 <= p.cursor)) {
        return false;
      }
      return true;
    }
    function r_R2() {
      if (!(I_p2 <= p.cursor)) {
        return false;
      }
      return true;
    }
    function r_Step_1a() {
      var among_var, v_1, v_2;
      v_1 = p.limit - p.cursor;
      lab0: do {
        p.ket = p.cursor;
        among_var = p.find_among_b(a_1, 3);
        if (among_var === 0) {
          p.cursor = p.limit - v_1;
          break lab0;
        }
        p.bra = p.cursor;
        switch (among_var) {
          case 0:
          p.cursor = p.limit - v_1;
          break lab0;
          case 1:
          p.slice_del();
          break;
        }
      } while (false);
      p.ket = p.cursor;
      among_var = p.find_among_b(a_2, 6);
      if (among_var === 0) {
        return false;
      }
      p.bra = p.cursor;
      switch (among_var) {
        case 0:
        return false;
        case 1:
        p.slice_from("ss");
        break;
        case 2:
        lab1: do {
          v_2 = p.limit - p.cursor;
          lab2: do {
            {
              var c = p.cursor - 2;
              if (p.limit_backward > c || c > p.limit) {
                break lab2;
              }
              p.cursor = c;
            }
            p.slice_from("i");
            break lab1;
          } while (false);
          p.cursor = p.limit - v_2;
          p.slice_from("ie");
        } while (false);
        break;
        case 3:
        if (p.cursor <= p.limit_backward) {
          return false;
        }
        p.cursor--;
        golab3: while (true) {
          lab4: do {
            if (!(p.in_grouping_b(g_v, 97, 121))) {
              break lab4;
            }
            break golab3;
          } while (false);
          if (p.cursor <= p.limit_backward) {
            return false;
          }
          p.cursor--;
        }
        p.slice_del();
        break;
      }
      return true;
    }
    function r_Step_1b() {
      var among_var, v_1, v_3, v_4;
      p.ket = p.cursor;
      among_var = p.find_among_b(a_4, 6);
      if (among_var === 0) {
        return false;
      }
      p.bra = p.cursor;
      switch (among_var) {
        case 0:
        return false;
        case 1:
        if (!r_R1()) {
          return false;
        }
        p.slice_from("ee");
        break;
        case 2:
        v_1 = p.limit - p.cursor;
        golab0: while (true) {
          lab1: do {
            if (!(p.in_grouping_b(g_v, 97, 121))) {
              break lab1;
            }
            break golab0;
          } while (false);
          if (p.cursor <= p.limit_backward) {
            return false;
          }
          p.cursor--;
        }
        p.cursor = p.limit - v_1;
        p.slice_del();
        v_3 = p.limit - p.cursor;
        among_var = p.find_among_b(a_3, 13);
        if (among_var === 0) {
          return false;
        }
        p.cursor = p.limit - v_3;
        switch (among_var) {
          case 0:
          return false;
          case 1: {
            var c = p.cursor;
            p.insert(p.cursor, p.cursor, "e");
            p.cursor = c;
          }
          break;
          case 2:
          p.ket = p.cursor;
          if (p.cursor <= p.limit_backward) {
            return false;
          }
          p.cursor--;
          p.bra = p.cursor;
          p.slice_del();
          break;
          case 3:
          if (p.cursor !== I_p1) {
            return false;
          }
          v_4 = p.limit - p.cursor;
          if (!r_shortv()) {
            return false;
          }
          p.cursor = p.limit - v_4; {
            var c = p.cursor;
            p.insert(p.cursor, p.cursor, "e");
            p.cursor = c;
          }
          break;
        }
        break;
      }
      return true;
    }
    function r_Step_1c() {
      var v_1, v_2;
      p.ket = p.cursor;
      lab0: do {
        v_1 = p.limit - p.cursor;
        lab1: do {
          if (!(p.eq_s_b(1, "y"))) {
            break lab1;
          }
          break lab0;
        } while (false);
        p.cursor = p.limit - v_1;
        if (!(p.eq_s_b(1, "Y"))) {
          return false;
        }
      } while (false);
      p.bra = p.cursor;
      if (!(p.out_grouping_b(g_v, 97, 121))) {
        return false;
      } {
        v_2 = p.limit - p.cursor;
        lab2: do {
          if (p.cursor > p.limit_backward) {
            break lab2;
          }
          return false;
        } while (false);
        p.cursor = p.limit - v_2;
      }
      p.slice_from("i");
      return true;
    }
    function r_Step_2() {
      var among_var;
      p.ket = p.cursor;
      among_var = p.find_among_b(a_5, 24);
      if (among_var === 0) {
        return false;
      }
      p.bra = p.cursor;
      if (!r_R1()) {
        return false;
      }
      switch (among_var) {
        case 0:
        return false;
        case 1:
        p.slice_from("tion");
        break;
        case 2:
        p.slice_from("ence");
        break;
        case 3:
        p.slice_from("ance");
        break;
        case 4:
        p.slice_from("able");
        break;
        case 5:
        p.slice_from("ent");
        break;
        case 6:
        p.slice_from("ize");
        break;
        case 7:
        p.slice_from("ate");
        break;
        case 8:
        p.slice_from("al");
        break;
        case 9:
        p.slice_from("ful");
        break;
        case 10:
        p.slice_from("ous");
        break;
        case 11:
        p.slice_from("ive");
        break;
        case 12:
        p.slice_from("ble");
        break;
        case 13:
        if (!(p.eq_s_b(1, "l"))) {
          return false;
        }
        p.slice_from("og");
        break;
        case 14:
        p.slice_from("ful");
        break;
        case 15:
        p.slice_from("less");
        break;
        case 16:
        if (!(p.in_grouping_b(g_valid_LI, 99, 116))) {
          return false;
        }
        p.slice_del();
        break;
      }
      return true;
    }
    function r_Step_3() {
      var among_var;
      p.ket = p.cursor;
      among_var = p.find_among_b(a_6, 9);
      if (among_var === 0) {
        return false;
      }
      p.bra = p.cursor;
      if (!r_R1()) {
        return false;
      }
      switch (among_var) {
        case 0:
        return false;
        case 1:
        p.slice_from("tion");
        break;
        case 2:
        p.slice_from("ate");
        break;
        case 3:
        p.slice_from("al");
        break;
        case 4:
        p.slice_from("ic");
        break;
        case 5:
        p.slice_del();
        break;
        case 6:
        if (!r_R2()) {
          return false;
        }
        p.slice_del();
        break;
      }
      return true;
    }
    function r_Step_4() {
      var among_var, v_1;
      p.ket = p.cursor;
      among_var = p.find_among_b(a_7, 18);
      if (among_var === 0) {
        return false;
      }
      p.bra = p.cursor;
      if (!r_R2()) {
        return false;
      }
      switch (among_var) {
        case 0:
        return false;
        case 1:
        p.slice_del();
        break;
        case 2:
        lab0: do {
          v_1 = p.limit - p.cursor;
          lab1: do {
            if (!(p.eq_s_b(1, "s"))) {
              break lab1;
            }
            break lab0;
          } while (false);
          p.cursor = p.limit - v_1;
          if (!(p.eq_s_b(1, "t"))) {
            return false;
          }
        } while (false);
        p.slice_del();
        break;
      }
      return true;
    }
    function r_Step_5() {
      var among_var, v_1, v_2;
      p.ket = p.cursor;
      among_var = p.find_among_b(a_8, 2);
      if (among_var === 0) {
        return false;
      }
      p.bra = p.cursor;
      switch (among_var) {
        case 0:
        return false;
        case 1:
        lab0: do {
          v_1 = p.limit - p.cursor;
          lab1: do {
            if (!r_R2()) {
              break lab1;
            }
            break lab0;
          } while (false);
          p.cursor = p.limit - v_1;
          if (!r_R1()) {
            return false;
          } {
            v_2 = p.limit - p.cursor;
            lab2: do {
              if (!r_shortv()) {
                break lab2;
              }
              return false;
            } while (false);
            p.cursor = p.limit - v_2;
          }
        } while (false);
        p.slice_del();
        break;
        case 2:
        if (!r_R2()) {
          return false;
        }
        if (!(p.eq_s_b(1, "l"))) {
          return false;
        }
        p.slice_del();
        break;
      }
      return true;
    }
    function r_exception2() {
      p.ket = p.cursor;
      if (p.find_among_b(a_9, 8) === 0) {
        return false;
      }
      p.bra = p.cursor;
      if (p.cursor > p.limit_backward) {
        return false;
      }
      return true;
    }
    function r_exception1() {
      var among_var;
      p.bra = p.cursor;
      among_var = p.find_among(a_10, 18);
      if (among_var === 0) {
        return false;
      }
      p.ket = p.cursor;
      if (p.cursor < p.limit) {
        return false;
      }
      switch (among_var) {
        case 0:
        return false;
        case 1:
        p.slice_from("ski");
        break;
        case 2:
        p.slice_from("sky");
        break;
        case 3:
        p.slice_from("die");
        break;
        case 4:
        p.slice_from("lie");
        break;
        case 5:
        p.slice_from("tie");
        break;
        case 6:
        p.slice_from("idl");
        break;
        case 7:
        p.slice_from("gentl");
        break;
        case 8:
        p.slice_from("ugli");
        break;
        case 9:
        p.slice_from("earli");
        break;
        case 10:
        p.slice_from("onli");
        break;
        case 11:
        p.slice_from("singl");
        break;
      }
      return true;
    }
    function r_postlude() {
      var v_1, v_2;
      if (!(B_Y_found)) {
        return false;
      }
      replab0: while (true) {
        v_1 = p.cursor;
        lab1: do {
          golab2: while (true) {
            v_2 = p.cursor;
            lab3: do {
              p.bra = p.cursor;
              if (!(p.eq_s(1, "Y"))) {
                break lab3;
              }
              p.ket = p.cursor;
              p.cursor = v_2;
              break golab2;
            } while (false);
            p.cursor = v_2;
            if (p.cursor >= p.limit) {
              break lab1;
            }
            p.cursor++;
          }
          p.slice_from("y");
          continue replab0;
        } while (false);
        p.cursor = v_1;
        break replab0;
      }
      return true;
    }
    function stem() {
      var v_1, v_2, v_3, v_4, v_5, v_6, v_7, v_8, v_9, v_10, v_11, v_12, v_13;
      lab0: do {
        v_1 = p.cursor;
        lab1: do {
          if (!r_exception1()) {
            break lab1;
          }
          break lab0;
        } while (false);
        p.cursor = v_1;
        lab2: do {
          {
            v_2 = p.cursor;
            lab3: do {
              {
                var c = p.cursor + 3;
                if (0 > c || c > p.limit) {
                  break lab3;
                }
                p.cursor = c;
              }
              break lab2;
            } while (false);
            p.cursor = v_2;
          }
          break lab0;
        } while (false);
        p.cursor = v_1;
        v_3 = p.cursor;
        lab4: do {
          if (!r_prelude()) {
            break lab4;
          }
        } while (false);
        p.cursor = v_3;
        v_4 = p.cursor;
        lab5: do {
          if (!r_mark_regions()) {
            break lab5;
          }
        } while (false);
        p.cursor = v_4;
        p.limit_backward = p.cursor; p.cursor = p.limit;
        v_5 = p.limit - p.cursor;
        lab6: do {
          if (!r_Step_1a()) {
            break lab6;
          }
        } while (false);
        p.cursor = p.limit - v_5;
        lab7: do {
          v_6 = p.limit - p.cursor;
          lab8: do {
            if (!r_exception2()) {
              break lab8;
            }
            break lab7;
          } while (false);
          p.cursor = p.limit - v_6;
          v_7 = p.limit - p.cursor;
          lab9: do {
            if (!r_Step_1b()) {
              break lab9;
            }
          } while (false);
          p.cursor = p.limit - v_7;
          v_8 = p.limit - p.cursor;
          lab10: do {
            if (!r_Step_1c()) {
              break lab10;
            }
          } while (false);
          p.cursor = p.limit - v_8;
          v_9 = p.limit - p.cursor;
          lab11: do {
            if (!r_Step_2()) {
              break lab11;
            }
          } while (false);
          p.cursor = p.limit - v_9;
          v_10 = p.limit - p.cursor;
          lab12: do {
            if (!r_Step_3()) {
              break lab12;
            }
          } while (false);
          p.cursor = p.limit - v_10;
          v_11 = p.limit - p.cursor;
          lab13: do {
            if (!r_Step_4()) {
              break lab13;
            }
          } while (false);
          p.cursor = p.limit - v_11;
          v_12 = p.limit - p.cursor;
          lab14: do {
            if (!r_Step_5()) {
              break lab14;
            }
          } while (false);
          p.cursor = p.limit - v_12;
        } while (false);
        p.cursor = p.limit_backward;
        v_13 = p.cursor;
        lab15: do {
          if (!r_postlude()) {
            break lab15;
          }
        } while (false);
        p.cursor = v_13;
      } while (false);
      return true;
    }
    return function (word) {
      p.setCurrent(word);
      stem();
      return p.current;
    };
  }

  var stemmers = { nl: dutchStemmer(), en: englishStemmer() };
  root.handbookSnowball = stemmers;
  if (typeof module === 'object' && module.exports) module.exports = stemmers;
})(typeof window !== 'undefined' ? window : this);
