# Compiled by jinja2 from songlo_targets/templates/tong-hop.md.j2 for md (make docs); never edited.
# type: ignore
# ruff: noqa
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'tong-hop.md.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_r = resolve('r')
    l_0_label = resolve('label')
    l_0_keys = resolve('keys')
    l_0_number = l_0_place_date = l_0_kind = l_0_doc_title = l_0_doc_sub = l_0_t = missing
    try:
        t_1 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_2 = environment.filters['num']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'num' found.")
    try:
        t_3 = environment.filters['pct']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'pct' found.")
    try:
        t_4 = environment.filters['place_date']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'place_date' found.")
    try:
        t_5 = environment.filters['roman']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'roman' found.")
    try:
        t_6 = environment.filters['unit']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'unit' found.")
    try:
        t_7 = environment.filters['upper']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No filter named 'upper' found.")
    try:
        t_8 = environment.filters['vndate']
    except KeyError:
        @internalcode
        def t_8(*unused):
            raise TemplateRuntimeError("No filter named 'vndate' found.")
    try:
        t_9 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_9(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    l_0_number = environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'issue'), 'number_line')
    context.vars['number'] = l_0_number
    context.exported_vars.add('number')
    l_0_place_date = t_4(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'organization'), 'place'), environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'issue'), 'date'))
    context.vars['place_date'] = l_0_place_date
    context.exported_vars.add('place_date')
    l_0_kind = 'BÁO CÁO'
    context.vars['kind'] = l_0_kind
    context.exported_vars.add('kind')
    l_0_doc_title = str_join(('Kết quả thực hiện chỉ tiêu, nhiệm vụ năm ', environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'year'), ' của các cơ quan, đơn vị, địa phương', ))
    context.vars['doc_title'] = l_0_doc_title
    context.exported_vars.add('doc_title')
    l_0_doc_sub = str_join(('(Số liệu tính đến ngày ', t_8(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'as_of')), ')', ))
    context.vars['doc_sub'] = l_0_doc_sub
    context.exported_vars.add('doc_sub')
    template = environment.get_template('_header.md.j2', 'tong-hop.md.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'doc_sub': l_0_doc_sub, 'doc_title': l_0_doc_title, 'kind': l_0_kind, 'number': l_0_number, 'place_date': l_0_place_date, 't': l_0_t}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    l_0_t = environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'totals')
    context.vars['t'] = l_0_t
    context.exported_vars.add('t')
    yield 'Thực hiện '
    if environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'decision'):
        pass
        yield 'Quyết định số '
        yield str(environment.finalize(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'decision')))
        yield ' ngày '
        yield str(environment.finalize(t_8(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'decision_date'))))
        yield ' về giao chỉ tiêu, nhiệm vụ năm '
        yield str(environment.finalize(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'year')))
    else:
        pass
        yield 'việc giao chỉ tiêu, nhiệm vụ năm '
        yield str(environment.finalize(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'year')))
    yield ', '
    yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'organization'), 'name')))
    yield ' tổng hợp kết quả thực hiện của '
    yield str(environment.finalize(t_1(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'units'))))
    yield ' cơ quan, đơn vị, địa phương đến ngày '
    yield str(environment.finalize(t_8(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'as_of'))))
    yield ' như sau:\n\n## I. KẾT QUẢ CHUNG\n\n### 1. Theo tiến độ thực hiện\n\nTổng số '
    yield str(environment.finalize(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'total')))
    yield ' chỉ tiêu, nhiệm vụ'
    if environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'dropped'):
        pass
        yield ' (không tính '
        yield str(environment.finalize(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'dropped')))
        yield ' nhiệm vụ đã rút khỏi danh mục)'
    yield '; đã hoàn thành '
    yield str(environment.finalize(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'done')))
    yield ', đạt '
    yield str(environment.finalize((t_3(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'done_share')) if (not t_9(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'done_share'))) else '0%')))
    yield '.\n\n| '
    yield str(environment.finalize(context.call((undefined(name='label') if l_0_label is missing else l_0_label), 'field', 'status')))
    yield ' | Số lượng | Tỷ lệ |\n|:---|---:|---:|\n'
    for (l_1_b, l_1_n) in context.call(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'buckets')):
        _loop_vars = {}
        pass
        yield '| '
        yield str(environment.finalize(context.call((undefined(name='label') if l_0_label is missing else l_0_label), 'bucket', l_1_b, _loop_vars=_loop_vars)))
        yield ' | '
        yield str(environment.finalize(t_2(l_1_n)))
        yield ' | '
        yield str(environment.finalize((t_3((l_1_n / environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'total'))) if environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'total') else '')))
        yield ' |\n'
    l_1_b = l_1_n = missing
    yield '| **Tổng số** | **'
    yield str(environment.finalize(t_2(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'total'))))
    yield '** | '
    yield str(environment.finalize(('100%' if environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'total') else '')))
    yield ' |\n\n'
    template = environment.get_template('_unfinished.j2', 'tong-hop.md.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'doc_sub': l_0_doc_sub, 'doc_title': l_0_doc_title, 'kind': l_0_kind, 'number': l_0_number, 'place_date': l_0_place_date, 't': l_0_t}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    yield '\n### 2. Theo nhóm việc\n\n| Nhóm việc | Tổng số |'
    for l_1_b in context.call((undefined(name='keys') if l_0_keys is missing else l_0_keys), 'bucket'):
        l_1_short = resolve('short')
        _loop_vars = {}
        pass
        yield ' '
        yield str(environment.finalize(context.call((undefined(name='short') if l_1_short is missing else l_1_short), 'bucket', l_1_b, _loop_vars=_loop_vars)))
        yield ' |'
    l_1_b = l_1_short = missing
    yield ' Tỷ lệ hoàn thành |\n|:---|---:|---:|---:|---:|---:|---:|\n'
    for l_1_c in environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'categories'):
        _loop_vars = {}
        pass
        yield '| '
        yield str(environment.finalize((environment.getattr(l_1_c, 'name') or 'Chưa xếp nhóm việc')))
        yield ' | '
        yield str(environment.finalize(t_2(environment.getattr(environment.getattr(l_1_c, 'counts'), 'total'))))
        yield ' |'
        for (l_2_b, l_2_n) in context.call(environment.getattr(environment.getattr(l_1_c, 'counts'), 'buckets'), _loop_vars=_loop_vars):
            _loop_vars = {}
            pass
            yield ' '
            yield str(environment.finalize(t_2(l_2_n)))
            yield ' |'
        l_2_b = l_2_n = missing
        yield ' '
        yield str(environment.finalize(t_3(environment.getattr(environment.getattr(l_1_c, 'counts'), 'done_share'))))
        yield ' |\n'
    l_1_c = missing
    yield '\n*Một nhiệm vụ thuộc nhiều nhóm việc được tính ở mỗi nhóm.*\n\n## II. KẾT QUẢ THEO KHỐI VÀ ĐƠN VỊ\n\n| STT | Đơn vị | Tổng số |'
    for l_1_b in context.call((undefined(name='keys') if l_0_keys is missing else l_0_keys), 'bucket'):
        l_1_short = resolve('short')
        _loop_vars = {}
        pass
        yield ' '
        yield str(environment.finalize(context.call((undefined(name='short') if l_1_short is missing else l_1_short), 'bucket', l_1_b, _loop_vars=_loop_vars)))
        yield ' |'
    l_1_b = l_1_short = missing
    yield ' '
    yield str(environment.finalize(context.call((undefined(name='label') if l_0_label is missing else l_0_label), 'flag', 'stale')))
    yield ' | Tỷ lệ hoàn thành |\n|:---:|:---|---:|---:|---:|---:|---:|---:|---:|\n'
    l_1_loop = missing
    for l_1_g, l_1_loop in LoopContext(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'groups'), undefined):
        _loop_vars = {}
        pass
        yield '| **'
        yield str(environment.finalize(t_5(environment.getattr(l_1_loop, 'index'))))
        yield '** | **'
        yield str(environment.finalize(environment.getattr(l_1_g, 'name')))
        yield '** | **'
        yield str(environment.finalize(t_2(environment.getattr(environment.getattr(l_1_g, 'counts'), 'total'))))
        yield '** |'
        for (l_2_b, l_2_n) in context.call(environment.getattr(environment.getattr(l_1_g, 'counts'), 'buckets'), _loop_vars=_loop_vars):
            _loop_vars = {}
            pass
            yield ' **'
            yield str(environment.finalize(t_2(l_2_n)))
            yield '** |'
        l_2_b = l_2_n = missing
        yield ' **'
        yield str(environment.finalize(t_2(environment.getattr(environment.getattr(l_1_g, 'counts'), 'stale'))))
        yield '** | **'
        yield str(environment.finalize(t_3(environment.getattr(environment.getattr(l_1_g, 'counts'), 'done_share'))))
        yield '** |\n'
        l_2_loop = missing
        for l_2_u, l_2_loop in LoopContext(environment.getattr(l_1_g, 'units'), undefined):
            _loop_vars = {}
            pass
            yield '| '
            yield str(environment.finalize(environment.getattr(l_2_loop, 'index')))
            yield ' | '
            if environment.getattr(l_2_u, 'tasks'):
                pass
                yield '['
                yield str(environment.finalize(environment.getattr(l_2_u, 'name')))
                yield '](don-vi/'
                yield str(environment.finalize(environment.getattr(l_2_u, 'id')))
                yield '.md)'
            else:
                pass
                yield str(environment.finalize(environment.getattr(l_2_u, 'name')))
            yield ' | '
            yield str(environment.finalize(t_2(environment.getattr(environment.getattr(l_2_u, 'counts'), 'total'))))
            yield ' |'
            for (l_3_b, l_3_n) in context.call(environment.getattr(environment.getattr(l_2_u, 'counts'), 'buckets'), _loop_vars=_loop_vars):
                _loop_vars = {}
                pass
                yield ' '
                yield str(environment.finalize(t_2(l_3_n)))
                yield ' |'
            l_3_b = l_3_n = missing
            yield ' '
            yield str(environment.finalize(t_2(environment.getattr(environment.getattr(l_2_u, 'counts'), 'stale'))))
            yield ' | '
            yield str(environment.finalize(t_3(environment.getattr(environment.getattr(l_2_u, 'counts'), 'done_share'))))
            yield ' |\n'
        l_2_loop = l_2_u = missing
    l_1_loop = l_1_g = missing
    yield '| | **Tổng cộng** | **'
    yield str(environment.finalize(t_2(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'total'))))
    yield '** |'
    for (l_1_b, l_1_n) in context.call(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'buckets')):
        _loop_vars = {}
        pass
        yield ' **'
        yield str(environment.finalize(t_2(l_1_n)))
        yield '** |'
    l_1_b = l_1_n = missing
    yield ' **'
    yield str(environment.finalize(t_2(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'stale'))))
    yield '** | **'
    yield str(environment.finalize(t_3(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'done_share'))))
    yield '** |\n\n## III. NHIỆM VỤ QUÁ HẠN VÀ CHẬM CẬP NHẬT\n\n### 1. '
    yield str(environment.finalize(context.call((undefined(name='label') if l_0_label is missing else l_0_label), 'bucket', 'overdue')))
    yield ' ('
    yield str(environment.finalize(t_1(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'overdue'))))
    yield ')\n\n'
    if environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'overdue'):
        pass
        yield '| STT | Nhiệm vụ | Đơn vị | Thời hạn | '
        yield str(environment.finalize(context.call((undefined(name='label') if l_0_label is missing else l_0_label), 'field', 'status')))
        yield ' | Người giám sát |\n|:---:|:---|:---|:---:|:---|:---|\n'
        l_1_loop = missing
        for l_1_x, l_1_loop in LoopContext(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'overdue'), undefined):
            _loop_vars = {}
            pass
            yield '| '
            yield str(environment.finalize(environment.getattr(l_1_loop, 'index')))
            yield ' | '
            yield str(environment.finalize(environment.getattr(l_1_x, 'title')))
            yield ' | ['
            yield str(environment.finalize(environment.getattr(l_1_x, 'unit_name')))
            yield '](don-vi/'
            yield str(environment.finalize(environment.getattr(l_1_x, 'unit')))
            yield '.md) | '
            yield str(environment.finalize(t_8(environment.getattr(l_1_x, 'deadline'))))
            yield ' | '
            yield str(environment.finalize(context.call((undefined(name='label') if l_0_label is missing else l_0_label), 'status', environment.getattr(environment.getattr(l_1_x, 'state'), 'status'), _loop_vars=_loop_vars)))
            yield ' ('
            yield str(environment.finalize(environment.getattr(l_1_x, 'value_text')))
            yield ') | '
            yield str(environment.finalize((environment.getattr(l_1_x, 'supervisor') or '')))
            yield ' |\n'
        l_1_loop = l_1_x = missing
    else:
        pass
        yield 'Không có nhiệm vụ quá hạn.\n'
    yield '\n### 2. Chậm cập nhật tiến độ ('
    yield str(environment.finalize(t_1(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'stale'))))
    yield ')\n\n'
    if environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'stale'):
        pass
        yield '| STT | Nhiệm vụ | Đơn vị | Thời hạn | Cập nhật gần nhất | Người giám sát |\n|:---:|:---|:---|:---:|:---:|:---|\n'
        l_1_loop = missing
        for l_1_x, l_1_loop in LoopContext(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'stale'), undefined):
            _loop_vars = {}
            pass
            yield '| '
            yield str(environment.finalize(environment.getattr(l_1_loop, 'index')))
            yield ' | '
            yield str(environment.finalize(environment.getattr(l_1_x, 'title')))
            yield ' | ['
            yield str(environment.finalize(environment.getattr(l_1_x, 'unit_name')))
            yield '](don-vi/'
            yield str(environment.finalize(environment.getattr(l_1_x, 'unit')))
            yield '.md) | '
            yield str(environment.finalize(t_8(environment.getattr(l_1_x, 'deadline'))))
            yield ' | '
            yield str(environment.finalize((t_8(environment.getattr(environment.getattr(l_1_x, 'state'), 'last_update')) if environment.getattr(environment.getattr(l_1_x, 'state'), 'last_update') else 'Chưa báo cáo')))
            yield ' | '
            yield str(environment.finalize((environment.getattr(l_1_x, 'supervisor') or '')))
            yield ' |\n'
        l_1_loop = l_1_x = missing
    else:
        pass
        yield 'Không có nhiệm vụ chậm cập nhật.\n'
    yield '\n## IV. NHIỆM VỤ CHUYỂN TIẾP\n\n### 1. Nhiệm vụ từ các năm trước chuyển sang ('
    yield str(environment.finalize(t_1(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'carried_in'))))
    yield ')\n\n'
    if environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'carried_in'):
        pass
        yield '| STT | Nhiệm vụ | Đơn vị | Chuyển từ | '
        yield str(environment.finalize(context.call((undefined(name='label') if l_0_label is missing else l_0_label), 'field', 'status')))
        yield ' |\n|:---:|:---|:---|:---:|:---|\n'
        l_1_loop = missing
        for l_1_x, l_1_loop in LoopContext(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'carried_in'), undefined):
            _loop_vars = {}
            pass
            yield '| '
            yield str(environment.finalize(environment.getattr(l_1_loop, 'index')))
            yield ' | '
            yield str(environment.finalize(environment.getattr(l_1_x, 'title')))
            yield ' | ['
            yield str(environment.finalize(environment.getattr(l_1_x, 'unit_name')))
            yield '](don-vi/'
            yield str(environment.finalize(environment.getattr(l_1_x, 'unit')))
            yield '.md) | '
            yield str(environment.finalize(t_7(environment.getattr(l_1_x, 'carried_from_text')[:1])))
            yield str(environment.finalize(environment.getattr(l_1_x, 'carried_from_text')[1:]))
            yield ' | '
            yield str(environment.finalize(context.call((undefined(name='label') if l_0_label is missing else l_0_label), 'status', environment.getattr(environment.getattr(l_1_x, 'state'), 'status'), _loop_vars=_loop_vars)))
            yield ' |\n'
        l_1_loop = l_1_x = missing
    else:
        pass
        yield 'Không có nhiệm vụ chuyển từ năm trước.\n'
    if environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'handed_in'):
        pass
        yield '\n*Tiếp nhận trong năm từ các đơn vị đã sắp xếp, hợp nhất ('
        yield str(environment.finalize(t_1(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'handed_in'))))
        yield ' nhiệm vụ):*\n\n| STT | Nhiệm vụ | Đơn vị | Chuyển từ | '
        yield str(environment.finalize(context.call((undefined(name='label') if l_0_label is missing else l_0_label), 'field', 'status')))
        yield ' |\n|:---:|:---|:---|:---|:---|\n'
        l_1_loop = missing
        for l_1_x, l_1_loop in LoopContext(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'handed_in'), undefined):
            _loop_vars = {}
            pass
            yield '| '
            yield str(environment.finalize(environment.getattr(l_1_loop, 'index')))
            yield ' | '
            yield str(environment.finalize(environment.getattr(l_1_x, 'title')))
            yield ' | ['
            yield str(environment.finalize(environment.getattr(l_1_x, 'unit_name')))
            yield '](don-vi/'
            yield str(environment.finalize(environment.getattr(l_1_x, 'unit')))
            yield '.md) | '
            yield str(environment.finalize(environment.getattr(l_1_x, 'carried_from_text')))
            yield ' | '
            yield str(environment.finalize(context.call((undefined(name='label') if l_0_label is missing else l_0_label), 'status', environment.getattr(environment.getattr(l_1_x, 'state'), 'status'), _loop_vars=_loop_vars)))
            yield ' |\n'
        l_1_loop = l_1_x = missing
    yield '\n### 2. Nhiệm vụ chưa hoàn thành, tiếp tục thực hiện ('
    yield str(environment.finalize(t_1(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'carry_on'))))
    yield ')\n\n'
    if environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'carry_on'):
        pass
        yield '| STT | Nhiệm vụ | Đơn vị | Thời hạn | '
        yield str(environment.finalize(context.call((undefined(name='label') if l_0_label is missing else l_0_label), 'field', 'status')))
        yield ' | Chuyển sang năm '
        yield str(environment.finalize((environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'year') + 1)))
        yield ' |\n|:---:|:---|:---|:---:|:---|:---:|\n'
        l_1_loop = missing
        for l_1_x, l_1_loop in LoopContext(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'carry_on'), undefined):
            _loop_vars = {}
            pass
            yield '| '
            yield str(environment.finalize(environment.getattr(l_1_loop, 'index')))
            yield ' | '
            yield str(environment.finalize(environment.getattr(l_1_x, 'title')))
            yield ' | ['
            yield str(environment.finalize(environment.getattr(l_1_x, 'unit_name')))
            yield '](don-vi/'
            yield str(environment.finalize(environment.getattr(l_1_x, 'unit')))
            yield '.md) | '
            yield str(environment.finalize(t_8(environment.getattr(l_1_x, 'deadline'))))
            yield ' | '
            yield str(environment.finalize(context.call((undefined(name='label') if l_0_label is missing else l_0_label), 'status', environment.getattr(environment.getattr(l_1_x, 'state'), 'status'), _loop_vars=_loop_vars)))
            yield ' ('
            yield str(environment.finalize(environment.getattr(l_1_x, 'value_text')))
            yield ') | '
            yield str(environment.finalize(('Đã chuyển' if environment.getattr(l_1_x, 'carried_to') else 'Chưa chuyển')))
            yield ' |\n'
        l_1_loop = l_1_x = missing
    else:
        pass
        yield 'Tất cả nhiệm vụ đã hoàn thành.\n'
    yield '\n## V. CÁC MỤC TIÊU CỦA HUYỆN\n\n'
    if environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'goals'):
        pass
        yield '| STT | Mục tiêu | Chỉ tiêu của huyện | Tổng giao các đơn vị | Đạt được | Tỷ lệ | Số nhiệm vụ (đã HT) |\n|:---:|:---|---:|---:|---:|---:|:---:|\n'
        l_1_loop = missing
        for l_1_g, l_1_loop in LoopContext(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'goals'), undefined):
            _loop_vars = {}
            pass
            if environment.getattr(l_1_g, 'measure'):
                pass
                yield '| '
                yield str(environment.finalize(environment.getattr(l_1_loop, 'index')))
                yield ' | '
                yield str(environment.finalize(environment.getattr(l_1_g, 'name')))
                yield ' | '
                yield str(environment.finalize(t_6(t_2(environment.getattr(environment.getattr(l_1_g, 'measure'), 'target')), environment.getattr(environment.getattr(l_1_g, 'measure'), 'unit'))))
                yield ' | '
                yield str(environment.finalize(t_6(t_2(environment.getattr(l_1_g, 'assigned')), environment.getattr(environment.getattr(l_1_g, 'measure'), 'unit'))))
                yield ' | '
                yield str(environment.finalize(t_6(t_2(environment.getattr(l_1_g, 'achieved')), environment.getattr(environment.getattr(l_1_g, 'measure'), 'unit'))))
                yield ' | '
                if (not t_9(environment.getattr(l_1_g, 'share'))):
                    pass
                    yield str(environment.finalize(t_3(environment.getattr(l_1_g, 'share'))))
                    yield str(environment.finalize((' ✓' if environment.getattr(l_1_g, 'reached') else cond_expr_undefined("the inline if-expression on line 116 in 'tong-hop.md.j2' evaluated to false and no else section was defined."))))
                else:
                    pass
                    yield str(environment.finalize(('Đạt ✓' if environment.getattr(l_1_g, 'reached') else 'Chưa đạt')))
                yield ' | '
                yield str(environment.finalize(environment.getattr(environment.getattr(l_1_g, 'counts'), 'total')))
                yield ' ('
                yield str(environment.finalize(environment.getattr(environment.getattr(l_1_g, 'counts'), 'done')))
                yield ') |\n'
            else:
                pass
                yield '| '
                yield str(environment.finalize(environment.getattr(l_1_loop, 'index')))
                yield ' | '
                yield str(environment.finalize(environment.getattr(l_1_g, 'name')))
                yield ' | — | — | — | '
                yield str(environment.finalize(t_3(environment.getattr(environment.getattr(l_1_g, 'counts'), 'done_share'))))
                yield ' | '
                yield str(environment.finalize(environment.getattr(environment.getattr(l_1_g, 'counts'), 'total')))
                yield ' ('
                yield str(environment.finalize(environment.getattr(environment.getattr(l_1_g, 'counts'), 'done')))
                yield ') |\n'
        l_1_loop = l_1_g = missing
        yield '\n*Cộng giá trị các chỉ tiêu của đơn vị có cùng đơn vị tính với mục tiêu; với mục tiêu không có chỉ tiêu định lượng, tỷ lệ là tỷ lệ nhiệm vụ đã hoàn thành; với mục tiêu càng thấp càng tốt (như tỷ lệ hộ nghèo), ghi đạt hay chưa đạt.*\n'
    else:
        pass
        yield 'Năm '
        yield str(environment.finalize(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'year')))
        yield ' không đặt mục tiêu chung của huyện.\n'
    yield '\n## VI. GIÁM SÁT\n\n'
    if environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'supervisors'):
        pass
        yield '| STT | Người giám sát | Đơn vị được phân công | Số nhiệm vụ | Đã hoàn thành | Quá hạn |\n|:---:|:---|:---|---:|---:|---:|\n'
        l_1_loop = missing
        for l_1_s, l_1_loop in LoopContext(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'supervisors'), undefined):
            _loop_vars = {}
            pass
            yield '| '
            yield str(environment.finalize(environment.getattr(l_1_loop, 'index')))
            yield ' | **'
            yield str(environment.finalize(environment.getattr(l_1_s, 'name')))
            yield '**'
            if (environment.getattr(l_1_s, 'title') and (environment.getattr(l_1_s, 'title') != environment.getattr(l_1_s, 'name'))):
                pass
                yield '<br>'
                yield str(environment.finalize(environment.getattr(l_1_s, 'title')))
            yield ' | '
            l_2_loop = missing
            for l_2_u, l_2_loop in LoopContext(environment.getattr(l_1_s, 'units'), undefined):
                _loop_vars = {}
                pass
                yield str(environment.finalize(environment.getattr(l_2_u, 'name')))
                yield str(environment.finalize((', ' if (not environment.getattr(l_2_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 133 in 'tong-hop.md.j2' evaluated to false and no else section was defined."))))
            l_2_loop = l_2_u = missing
            yield ' | '
            yield str(environment.finalize(t_2(environment.getattr(environment.getattr(l_1_s, 'counts'), 'total'))))
            yield ' | '
            yield str(environment.finalize(t_2(environment.getattr(environment.getattr(l_1_s, 'counts'), 'done'))))
            yield ' | '
            yield str(environment.finalize(t_2(environment.getattr(environment.getattr(l_1_s, 'counts'), 'overdue'))))
            yield ' |\n'
        l_1_loop = l_1_s = missing
    else:
        pass
        yield 'Chưa phân công giám sát.\n'
    yield '\n'
    template = environment.get_template('_signature.md.j2', 'tong-hop.md.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'doc_sub': l_0_doc_sub, 'doc_title': l_0_doc_title, 'kind': l_0_kind, 'number': l_0_number, 'place_date': l_0_place_date, 't': l_0_t}))
    try:
        for event in gen:
            yield event
    finally: gen.close()

blocks = {}
debug_info = '1=69&2=72&3=75&4=78&5=81&6=84&7=90&8=94&14=113&16=125&18=127&19=131&21=139&23=143&27=150&29=159&30=163&37=179&39=191&40=195&41=214&42=218&45=248&49=262&51=266&52=269&54=272&55=276&61=297&63=299&66=303&67=307&75=326&77=328&78=331&80=334&81=338&86=355&88=358&90=360&92=363&93=367&97=381&99=383&100=386&102=391&103=395&111=416&114=420&115=423&116=426&118=451&124=466&129=469&132=473&133=477&139=505'
