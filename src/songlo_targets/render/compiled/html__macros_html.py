# Compiled by jinja2 from songlo_targets/templates/_macros.html.j2 for html (make docs); never edited.
# type: ignore
# ruff: noqa
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '_macros.html.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_stack = l_0_bar = l_0_legend = l_0_task_cell = l_0_signature = missing
    try:
        t_1 = environment.filters['barw']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'barw' found.")
    try:
        t_2 = environment.filters['pct']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'pct' found.")
    try:
        t_3 = environment.filters['stack']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'stack' found.")
    pass
    def macro(l_1_counts, l_1_width):
        t_4 = []
        if l_1_counts is missing:
            l_1_counts = undefined("parameter 'counts' was not provided", name='counts')
        if l_1_width is missing:
            l_1_width = 110
        pass
        t_4.extend((
            '<svg class="bar" width="',
            escape(environment.finalize(l_1_width)),
            '" height="11" viewBox="0 0 100 10" preserveAspectRatio="none" role="img" aria-label="',
        ))
        l_2_loop = missing
        for (l_2_b, l_2_n, l_2_x, l_2_w), l_2_loop in LoopContext(t_3(l_1_counts), undefined):
            l_2_label = resolve('label')
            _loop_vars = {}
            pass
            t_4.extend((
                escape(environment.finalize(context.call((undefined(name='label') if l_2_label is missing else l_2_label), 'bucket', l_2_b, _loop_vars=_loop_vars))),
                ': ',
                escape(environment.finalize(l_2_n)),
                escape(environment.finalize(('; ' if (not environment.getattr(l_2_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 3 in '_macros.html.j2' evaluated to false and no else section was defined.")))),
            ))
        l_2_loop = l_2_b = l_2_n = l_2_x = l_2_w = l_2_label = missing
        t_4.append(
            '"><rect class="b-track" x="0" y="0" width="100" height="10"/>',
        )
        for (l_2_b, l_2_n, l_2_x, l_2_w) in t_3(l_1_counts):
            _loop_vars = {}
            pass
            if l_2_n:
                pass
                t_4.extend((
                    '<rect class="b-',
                    escape(environment.finalize(l_2_b)),
                    '" x="',
                    escape(environment.finalize(l_2_x)),
                    '" y="0" width="',
                    escape(environment.finalize(l_2_w)),
                    '" height="10"/>',
                ))
        l_2_b = l_2_n = l_2_x = l_2_w = missing
        t_4.append(
            '</svg>',
        )
        return concat(t_4)
    context.exported_vars.add('stack')
    context.vars['stack'] = l_0_stack = Macro(environment, macro, 'stack', ('counts', 'width'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_share, l_1_width):
        t_5 = []
        if l_1_share is missing:
            l_1_share = undefined("parameter 'share' was not provided", name='share')
        if l_1_width is missing:
            l_1_width = 70
        pass
        t_5.extend((
            '<svg class="bar" width="',
            escape(environment.finalize(l_1_width)),
            '" height="9" viewBox="0 0 100 10" preserveAspectRatio="none" role="img" aria-label="',
            escape(environment.finalize(t_2(l_1_share))),
            '"><rect class="b-track" x="0" y="0" width="100" height="10"/><rect class="b-fill" x="0" y="0" width="',
            escape(environment.finalize(t_1(l_1_share))),
            '" height="10"/></svg>',
        ))
        return concat(t_5)
    context.exported_vars.add('bar')
    context.vars['bar'] = l_0_bar = Macro(environment, macro, 'bar', ('share', 'width'), False, False, False, context.eval_ctx.autoescape)
    def macro():
        t_6 = []
        pass
        t_6.append(
            '<p class="legend">',
        )
        for l_2_b in ['done-on-time', 'done-late', 'open', 'overdue']:
            l_2_label = resolve('label')
            _loop_vars = {}
            pass
            t_6.extend((
                '<span><svg width="10" height="10" viewBox="0 0 10 10"><rect class="b-',
                escape(environment.finalize(l_2_b)),
                '" width="10" height="10"/></svg> ',
                escape(environment.finalize(context.call((undefined(name='label') if l_2_label is missing else l_2_label), 'bucket', l_2_b, _loop_vars=_loop_vars))),
                '</span>',
            ))
        l_2_b = l_2_label = missing
        t_6.append(
            '</p>',
        )
        return concat(t_6)
    context.exported_vars.add('legend')
    context.vars['legend'] = l_0_legend = Macro(environment, macro, 'legend', (), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_t, l_1_up):
        t_7 = []
        if l_1_t is missing:
            l_1_t = undefined("parameter 't' was not provided", name='t')
        if l_1_up is missing:
            l_1_up = ''
        pass
        t_7.append(
            escape(environment.finalize(environment.getattr(l_1_t, 'title'))),
        )
        return concat(t_7)
    context.exported_vars.add('task_cell')
    context.vars['task_cell'] = l_0_task_cell = Macro(environment, macro, 'task_cell', ('t', 'up'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_issue):
        t_8 = []
        if l_1_issue is missing:
            l_1_issue = undefined("parameter 'issue' was not provided", name='issue')
        pass
        t_8.append(
            '<table class="signature">\n<tr><td class="receivers"><p class="receivers-title">Nơi nhận:</p>\n',
        )
        l_2_loop = missing
        t_9 = 1
        for l_2_x, l_2_loop in LoopContext(environment.getattr(l_1_issue, 'recipients'), undefined):
            _loop_vars = {}
            pass
            t_8.extend((
                '<p>- ',
                escape(environment.finalize(l_2_x)),
                escape(environment.finalize(('.' if environment.getattr(l_2_loop, 'last') else ','))),
                '</p>\n',
            ))
            t_9 = 0
        l_2_loop = l_2_x = missing
        if t_9:
            pass
            t_8.append(
                '<p>- Lưu.</p>\n',
            )
        t_8.append(
            '</td>\n<td class="signer">',
        )
        if environment.getattr(l_1_issue, 'signer'):
            pass
            if environment.getattr(environment.getattr(l_1_issue, 'signer'), 'on_behalf'):
                pass
                t_8.extend((
                    '<p class="on-behalf">',
                    escape(environment.finalize(environment.getattr(environment.getattr(l_1_issue, 'signer'), 'on_behalf'))),
                    '</p>',
                ))
            t_8.extend((
                '<p class="signer-title">',
                escape(environment.finalize(environment.getattr(environment.getattr(l_1_issue, 'signer'), 'title'))),
                '</p><div class="sign-space"></div><p class="signer-name">',
                escape(environment.finalize((environment.getattr(environment.getattr(l_1_issue, 'signer'), 'name') or ''))),
                '</p>',
            ))
        t_8.append(
            '</td></tr>\n</table>',
        )
        return concat(t_8)
    context.exported_vars.add('signature')
    context.vars['signature'] = l_0_signature = Macro(environment, macro, 'signature', ('issue',), False, False, False, context.eval_ctx.autoescape)

blocks = {}
debug_info = '2=30&3=39&5=78&6=87&8=97&9=103&11=121&12=129&15=134&18=144&21=163'
